// Conference fixtures: indicators written straight into the table, and a report's input as staff type it.
import type { Db } from "@/db/client";
import { indicators } from "@/db/schema";
import type { ConferenceInput } from "@/lib/conferences/validation";

export async function makeIndicator(db: Db, code: string, name = code, unit = "") {
  const [i] = await db.insert(indicators).values({ code, name, unit }).returning();
  return i!;
}

export function conferenceInput(over: Partial<ConferenceInput> = {}): ConferenceInput {
  return {
    title: "Hội nghị triển khai nhiệm vụ công tác năm 2014",
    heldOn: "02/01/2014",
    timeOfDay: "Sáng",
    place: "Sở Thông tin và Truyền thông Nghệ An",
    chairs: "Hồ Quang Thành – Giám đốc Sở",
    attendees: "Huỳnh Thanh Điền – Phó Chủ tịch UBND tỉnh",
    summary: "Hội nghị đánh giá kết quả năm 2013 và triển khai nhiệm vụ năm 2014.",
    speechesHtml: "<p>Các tham luận về ứng dụng CNTT.</p><script>alert(1)</script>",
    directionsHtml: "<p>Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo.</p>",
    photos: [],
    rows: [],
    ...over,
  };
}
