// The open data API's refusals: an HTTP status, a stable machine code and a Vietnamese message for people.
// Pure (no server imports), so parameter parsing can throw them anywhere.

export type ErrorCode = "invalid_parameter" | "unknown_parameter" | "invalid_cursor" | "not_found" | "method_not_allowed" | "server_error";

export type ParameterProblem = { parameter: string; message: string };

/** A refusal the client can act on: its status, a stable code and a Vietnamese message (and, for 400, which parameters). */
export class ApiError extends Error {
  constructor(
    readonly status: 400 | 404 | 405 | 500,
    readonly code: ErrorCode,
    message: string,
    readonly details: ParameterProblem[] = [],
  ) {
    super(message);
  }
}

export const notFound = (message = "Không tìm thấy dữ liệu yêu cầu.") => new ApiError(404, "not_found", message);
