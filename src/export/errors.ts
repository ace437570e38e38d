/** The stable codes an {@link ExportError} carries. */
export type ExportErrorCode =
  /** No access key, or a URL that cannot be used. */
  | 'EXPORT_SETTINGS'
  /** Reading an object from the API failed; the message names the object. */
  | 'EXPORT_READ_FAILED'
  /** An object exists that no configuration could manage; the message names it and says why. */
  | 'EXPORT_NOT_REPRESENTABLE'
  /** The output directory exists and is not empty. */
  | 'EXPORT_TARGET_NOT_EMPTY'
  /** Writing the generated app failed; nothing was left in the output directory. */
  | 'EXPORT_WRITE_FAILED';

/**
 * Why `mojohelpdesk export` stopped. Messages name the object concerned and the reason; they
 * never hold the access key.
 */
export class ExportError extends Error {
  /** Stable code to branch on. */
  public readonly code: ExportErrorCode;

  /** Builds the error; `cause` is kept for debugging and must already be free of secrets. */
  public constructor(code: ExportErrorCode, message: string, cause?: unknown) {
    super(message, cause === undefined ? {} : { cause });
    this.name = 'ExportError';
    this.code = code;
  }
}

/** Whether a value is an {@link ExportError}, optionally with the given code. */
export function isExportError(error: unknown, code?: ExportErrorCode): error is ExportError {
  return error instanceof ExportError && (code === undefined || error.code === code);
}
