/** Errors the app raises on purpose carry a code, so callers can answer each kind properly. */
export class AppError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The files in `data/` do not describe a valid dataset. */
export class DatasetError extends AppError {
  constructor(message: string) {
    super("dataset_invalid", message);
  }
}
