/**
 * Errors the use cases throw. One place (`shared/http/error-response.ts`) maps them to HTTP:
 * 401 and 422 carry their message to the client; anything else becomes a generic 500.
 */

/** The caller is not authenticated or belongs to no merchant. Maps to 401 `{ error }`. */
export class UnauthorizedError extends Error {
  override readonly name = 'UnauthorizedError';
  constructor(message = 'Unauthorized', options?: ErrorOptions) {
    super(message, options);
  }
}

/** The request is understood but refused. Maps to 422 `{ error, name }`; `field` names the offender. */
export class ValidationError extends Error {
  override readonly name = 'ValidationError';
  constructor(
    message: string,
    readonly field: string,
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

/**
 * A result that does not exist and a result of another merchant get this same error, byte for byte,
 * so ids cannot be probed (docs/design.md, "Errors").
 */
export class ResultNotFoundError extends ValidationError {
  constructor(field: string) {
    super('Interview result not found', field);
  }
}

/**
 * The same idempotent step is running elsewhere right now (another delivery of the same event). Not a
 * failure of the work: the message is handed back to SQS and, redelivered after the first run ended,
 * is answered with that run's result.
 */
export class StepInProgressError extends Error {
  override readonly name = 'StepInProgressError';
}

/**
 * A result disappeared between loading it and writing onto it, or is not the writer's merchant's
 * (`ReportRepository.recordPdfExport`).
 */
export class ResultGoneError extends Error {
  override readonly name = 'ResultGoneError';
  constructor(
    readonly resultId: string,
    options?: ErrorOptions,
  ) {
    super(`Interview result ${resultId} no longer exists`, options);
  }
}
