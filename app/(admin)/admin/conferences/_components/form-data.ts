// Reading the conference form's post (create and edit) into the mutation's input and the values to refill the
// form with: each field one bounded string, photos and indicator rows as rows, a rich text missing from the
// post (its editor not started yet) told apart from an empty one. Validation is the mutation's.
import { formCheckbox, formText, formValues } from "@/lib/form/form-data";
import { formRows, rowValues } from "@/lib/form/rows";
import type { ConferenceInput } from "@/lib/conferences/validation";

export const EDITOR_NOT_READY = "Trình soạn thảo chưa tải xong nên nội dung chưa được gửi. Vui lòng đợi giây lát rồi lưu lại.";

const SCALARS = { title: 400, heldOn: 20, timeOfDay: 60, place: 400, chairs: 3100, attendees: 5100, summary: 10100 };
const RICH_MAX = 200_001;

export function readConferenceForm(formData: FormData) {
  const scalars = formValues(formData, SCALARS);
  const photos = formRows(formData, "photos", { mediaId: 60, caption: 510 }, 30);
  const rows = formRows(formData, "rows", { indicatorId: 20, year: 10, kind: 10, value: 40, statedShare: 40, note: 510 }, 200).filter((r) =>
    [r.indicatorId, r.year, r.value, r.statedShare, r.note].some((v) => v.trim() !== ""),
  );
  const isSample = formCheckbox(formData, "isSample");
  const rich: Record<string, string> = {};
  let editorMissing = false;
  for (const name of ["speechesHtml", "directionsHtml"]) {
    if (typeof formData.get(name) === "string") rich[name] = formText(formData, name, RICH_MAX);
    else editorMissing = true;
  }
  const input: ConferenceInput & { editionId: string; version: string } = {
    ...scalars,
    ...rich,
    photos,
    // Raw strings as posted: the mutation's schema parses and checks them.
    rows: rows as unknown as ConferenceInput["rows"],
    isSample,
    editionId: formText(formData, "editionId", 20),
    version: formText(formData, "version", 20),
  };
  const values = { ...scalars, ...rich, isSample, ...rowValues("photos", photos), ...rowValues("rows", rows) };
  return { input, values, editorMissing };
}

/** Status messages after a save or a workflow step, chosen by the ?ok= code of the redirect. */
export const DONE_MESSAGES: Record<string, string> = {
  created: "Đã tạo báo cáo (bản nháp).",
  saved: "Đã lưu thay đổi.",
  "edition-created": "Đã lưu vào ấn bản mới. Bạn đọc vẫn thấy bản đang đăng cho đến khi ấn bản được duyệt và đăng.",
  submit_for_review: "Đã gửi duyệt.",
  approve_publish: "Đã duyệt và đăng.",
  publish_without_review: "Đã đăng không qua duyệt; lý do đã được ghi vào nhật ký.",
  return_to_draft: "Ấn bản đã trở về bản nháp.",
  discard: "Đã hủy ấn bản; bản đang đăng giữ nguyên.",
  unpublish: "Đã gỡ báo cáo khỏi cổng.",
  republish: "Đã đăng lại báo cáo.",
};
