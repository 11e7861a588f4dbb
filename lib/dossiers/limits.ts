// The applicant's limits per address (SPEC "Rules in numbers"), each counted by one atomic upsert
// (lib/rate-limit) before any expensive work.
import "server-only";
import { hitRateLimit, type RateLimitResult } from "@/lib/rate-limit";

export const SUBMISSION_LIMIT = { limit: 10, windowSeconds: 3600 } as const;
export const TRACKING_LIMIT = { limit: 20, windowSeconds: 15 * 60 } as const;
export const SUPPLEMENT_LIMIT = { limit: 10, windowSeconds: 3600 } as const;
export const RATING_LIMIT = { limit: 20, windowSeconds: 3600 } as const;

export const TRACKING_LIMITED = "Quá nhiều lượt tra cứu, vui lòng thử lại sau";

/** Counts one tracking lookup from this address: allowed, or 429 with "Quá nhiều lượt tra cứu…". */
export function limitTrackingLookup(ip: string): Promise<RateLimitResult> {
  return hitRateLimit(`dossier:track:${ip}`, TRACKING_LIMIT.limit, TRACKING_LIMIT.windowSeconds);
}
