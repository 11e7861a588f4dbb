// A burst of votes refreshes an article's cached page at most once per gap: the first vote at once, the rest
// of the burst once when the gap ends; other articles are not held back.
import { describe, expect, it } from "vitest";
import { createRatingRefresh } from "@/lib/news/rating-refresh";

describe("createRatingRefresh", () => {
  it("refreshes the first vote now and the rest of a burst once, after the gap", async () => {
    const now: string[] = [];
    const later: string[][] = [];
    const refresh = createRatingRefresh({ now: (s) => now.push(s), later: async (s) => void later.push(s) }, 100);
    const t0 = Date.now();
    expect(refresh("bai-a", t0)).toBe(true);
    for (let i = 1; i <= 20; i++) expect(refresh("bai-a", t0 + i)).toBe(false);
    expect(refresh("bai-b", t0 + 5)).toBe(true);
    expect(now).toEqual(["bai-a", "bai-b"]);
    expect(later).toEqual([]);
    await new Promise((r) => setTimeout(r, 200));
    expect(later).toEqual([["bai-a"]]);
    // After the gap, a new vote refreshes at once again.
    expect(refresh("bai-a", Date.now() + 200)).toBe(true);
    expect(now).toEqual(["bai-a", "bai-b", "bai-a"]);
  });
});
