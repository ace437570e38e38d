/** Pull-request summaries of Terraform plans, with the Mojo Helpdesk access matrix. */
export { renderPlanSummary, GITHUB_COMMENT_LIMIT } from './render';
export type { DetailLevel, PlanSummary, PlanSummaryOptions } from './render';
export type { ChangeCounts } from './changes';
export { parsePlanJson } from './plan-json';
export type { PlanDocument } from './plan-json';
export { PlanSummaryError, isPlanSummaryError } from './errors';
export type { PlanSummaryErrorCode } from './errors';
export { ACCESS_RESOURCE_SHAPES } from './access';
