/** Why a document could not be summarised as a plan. */
export type PlanSummaryErrorCode =
  /** The file could not be read. */
  | 'PLAN_UNREADABLE'
  /** The text is not JSON. */
  | 'PLAN_NOT_JSON'
  /** The JSON is not a plan from `terraform show -json <plan file>` (a state, say). */
  | 'NOT_A_PLAN'
  /** The plan's `format_version` has a major version this renderer does not know. */
  | 'PLAN_FORMAT_UNSUPPORTED';

/** Raised when a plan cannot be summarised; `code` says why and never changes for a cause. */
export class PlanSummaryError extends Error {
  public constructor(
    public readonly code: PlanSummaryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'PlanSummaryError';
  }
}

/** True when `error` is a PlanSummaryError, with the given code when one is named. */
export function isPlanSummaryError(
  error: unknown,
  code?: PlanSummaryErrorCode,
): error is PlanSummaryError {
  return error instanceof PlanSummaryError && (code === undefined || error.code === code);
}
