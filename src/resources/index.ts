import type { MojoClient } from '../client';
import {
  groupAccessRightsResource,
  groupTicketQueueAccessResource,
  userAccessRightsResource,
  userTicketQueueAccessResource,
} from './access-rights';
import { ticketQueueDataSource, ticketQueueResource } from './ticket-queue';
import { userDataSource, userResource } from './user';
import { userGroupAccessResource } from './user-group-access';
import type { DataSourceDefinition, ResourceDefinition } from '../provider/framework/resource';

/** Every managed resource type the provider offers. */
export const RESOURCES: readonly ResourceDefinition<MojoClient>[] = [
  ticketQueueResource,
  userResource,
  userTicketQueueAccessResource,
  groupTicketQueueAccessResource,
  userAccessRightsResource,
  groupAccessRightsResource,
  userGroupAccessResource,
];

/** Every data source type the provider offers. */
export const DATA_SOURCES: readonly DataSourceDefinition<MojoClient>[] = [
  ticketQueueDataSource,
  userDataSource,
];
