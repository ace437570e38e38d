export * from './backoff';
export * from './client';
export * from './clock';
export { CreateJournal, CreateJournalError, createFingerprint } from './create-journal';
export type {
  CreateJournalOptions,
  CreateJournalStats,
  GuardedCreate,
  PendingCreate,
} from './create-journal';
export * from './errors';
export type { ListCacheOptions, ListCacheStats } from './list-cache';
export { PAGE_SIZE } from './paging';
export * from './resources/access-rights';
export * from './resources/asset-statuses';
export * from './resources/assets';
export { CrudResource, idSegment } from './resources/crud';
export type { CrudSettings, DeleteOptions } from './resources/crud';
export * from './resources/group-access';
export * from './resources/groups';
export * from './resources/hierarchy';
export * from './resources/tags';
export * from './resources/teams';
export * from './resources/ticket-forms';
export * from './resources/ticket-queues';
export * from './resources/ticket-types';
export * from './resources/users';
export type { HttpMethod, RequestEvent, TransportStats } from './transport';
export { packageVersion } from './version';
