/** Why the documentation could not be generated. */
export type DocsErrorCode =
  'MISSING_EXAMPLE' | 'UNKNOWN_EXAMPLE' | 'MISSING_IMPORT_FORMATS' | 'UNKNOWN_IMPORT_FORMATS';

/** Raised when the schema, the examples and the import table do not fit together. */
export class DocsGenerationError extends Error {
  /** Stable code of the problem. */
  public readonly code: DocsErrorCode;

  public constructor(code: DocsErrorCode, message: string) {
    super(message);
    this.name = 'DocsGenerationError';
    this.code = code;
  }
}
