export { GroupAccessLevel, UserRole } from './description';
export type {
  GroupAccessDescription,
  GroupDescription,
  HelpdeskDescription,
  NamedEntryDescription,
  TagDescription,
  TicketQueueAccessDescription,
  TicketQueueDescription,
  TreeNodeDescription,
  UserDescription,
} from './description';
export { DescriptionFormat, Helpdesk } from './helpdesk';
export type { HelpdeskOptions, HelpdeskProps } from './helpdesk';
export { ProviderInstallation } from './provider-installation';
export type { ProviderInstallationProps } from './provider-installation';
export type { HelpdeskProblem } from './validation';
