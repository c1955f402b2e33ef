/**
 * The errors an API handler answers with, and the one JSON shape they take.
 * A handler throws; the route wrapper (`./http`) turns the code into a status,
 * so no handler builds an error response by hand.
 */
import { z } from "zod";
import { AppError } from "../errors";

export const API_ERROR_STATUS = {
  invalid_parameter: 400,
  not_found: 404,
  internal: 500,
} as const;
export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

export const parameterProblemSchema = z.object({ parameter: z.string(), message: z.string() });
export type ParameterProblem = z.infer<typeof parameterProblemSchema>;

/** What every error response holds: a message naming the parameter, and that parameter. */
export const apiErrorBodySchema = z.object({
  error: z.string(),
  /** Absent only on a 500, which names nothing. */
  parameter: z.string().optional(),
  /** Every problem found, when the query had more than one. */
  errors: z.array(parameterProblemSchema).optional(),
  /** On a 500 only: the id the server log names the failure by. */
  requestId: z.string().optional(),
});
export type ApiErrorBody = z.infer<typeof apiErrorBodySchema>;

export class ApiError extends AppError {
  readonly status: number;

  constructor(
    readonly apiCode: ApiErrorCode,
    message: string,
    readonly parameter: string | null,
  ) {
    super(apiCode, message);
    this.status = API_ERROR_STATUS[apiCode];
  }

  toBody(): ApiErrorBody {
    return this.parameter === null ? { error: this.message } : { error: this.message, parameter: this.parameter };
  }
}

/** A query parameter is unknown, repeated, too long or has a bad value. Carries every problem found. */
export class InvalidParameterError extends ApiError {
  constructor(readonly problems: readonly [ParameterProblem, ...ParameterProblem[]]) {
    super("invalid_parameter", problems[0].message, problems[0].parameter);
  }

  override toBody(): ApiErrorBody {
    const body = super.toBody();
    return this.problems.length > 1 ? { ...body, errors: [...this.problems] } : body;
  }
}

/** The path names an offensive, a report or an endpoint that does not exist. */
export class NotFoundError extends ApiError {
  constructor(parameter: string, message: string) {
    super("not_found", message, parameter);
  }
}

/** What a client sees of a failure we did not foresee: nothing but that it happened. */
export const INTERNAL_ERROR_BODY: ApiErrorBody = { error: "internal server error" };
