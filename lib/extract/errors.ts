/** Errors the extractor and its command-line tools raise, each with a stable code. */
export type ExtractErrorCode =
  | "BAD_DATE"
  | "BAD_ARGS"
  | "FILE_MISSING"
  | "FILE_UNREADABLE"
  | "FILE_EMPTY"
  | "FILE_BINARY"
  | "FILE_TOO_LARGE"
  | "BAD_GOLD"
  | "LANGUAGE_UNREAD"
  | "URL_UNREADABLE";

export class ExtractError extends Error {
  readonly code: ExtractErrorCode;

  constructor(code: ExtractErrorCode, message: string) {
    super(message);
    this.name = "ExtractError";
    this.code = code;
  }
}
