/** Stable codes of the answers the emulator gives instead of a success. */
export type ApiErrorCode =
  | 'bad_request'
  | 'invalid_id'
  | 'not_found'
  | 'unauthorized'
  | 'read_only_key'
  | 'expired_key'
  | 'unprocessable'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'method_not_allowed'
  | 'bad_control_request';

/** How a resource's controller words its errors; the API v2 documents three body shapes. */
export type ErrorShape = 'error' | 'error-list' | 'code-messages';

/** JSON body of an error answer, in one of the three documented shapes. */
export type ErrorBody =
  | { error: string | string[] }
  | { message: string; messages: string[] }
  | { code: string; messages: string[] };

/**
 * An HTTP answer other than success, raised inside a handler and turned into a response by the
 * server. Throwing it inside a write rolls the write's transaction back.
 */
export class ApiError extends Error {
  /** Stable code for programs; the message is for people. */
  public readonly code: ApiErrorCode;
  /** HTTP status to answer. */
  public readonly status: number;
  /** JSON body to answer. */
  public readonly body: ErrorBody;

  constructor(code: ApiErrorCode, status: number, body: ErrorBody) {
    super(describe(body));
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.body = body;
  }
}

function describe(body: ErrorBody): string {
  if ('error' in body) {
    return Array.isArray(body.error) ? body.error.join('; ') : body.error;
  }
  return body.messages.join('; ');
}

/** A `{ "message", "messages" }` body with one message. */
export function messageBody(message: string): ErrorBody {
  return { message, messages: [message] };
}

/** A body in the given shape carrying the given messages. */
export function shapedBody(shape: ErrorShape, messages: string[]): ErrorBody {
  if (shape === 'code-messages') {
    return { code: 'invalid_request', messages };
  }
  if (shape === 'error-list') {
    return { error: messages };
  }
  return { error: messages.join(', ') };
}

/** 400 in the resource's shape: validation failures, bad parameters, unknown references. */
export function badRequest(shape: ErrorShape, messages: string[]): ApiError {
  return new ApiError('bad_request', 400, shapedBody(shape, messages));
}

/** 400 "Invalid ... id" in the resource's shape: the documented answer for an unknown id. */
export function invalidId(shape: ErrorShape, message: string): ApiError {
  return new ApiError('invalid_id', 400, shapedBody(shape, [message]));
}

/** 404 `{ "message", "messages" }`: the documented answer for an unknown id on asset resources. */
export function recordNotFound(message = 'Record not found'): ApiError {
  return new ApiError('not_found', 404, messageBody(message));
}

/** 422 `{ "message", "messages" }`: a body the API cannot process, such as unknown attributes. */
export function unprocessable(message: string): ApiError {
  return new ApiError('unprocessable', 422, messageBody(message));
}

/** Error raised for options or control requests that cannot be honoured. */
export class EmulatorUsageError extends Error {
  /** Stable code for programs. */
  public readonly code = 'EMULATOR_USAGE';

  constructor(message: string) {
    super(message);
    this.name = 'EmulatorUsageError';
  }
}
