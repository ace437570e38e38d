import type { MojoClient } from '../client';
import {
  groupAccessRightsResource,
  groupTicketQueueAccessResource,
  userAccessRightsResource,
  userTicketQueueAccessResource,
} from './access-rights';
import { assetResource } from './asset';
import { assetStatusResource } from './asset-status';
import { assetTypeResource } from './asset-type';
import { departmentResource } from './department';
import { groupDataSource, groupResource } from './group';
import { locationResource } from './location';
import { tagDataSource, tagResource } from './tag';
import { teamDataSource, teamsDataSource } from './team';
import { techniciansDataSource } from './technicians';
import { ticketFormDataSource, ticketFormsDataSource } from './ticket-form';
import { ticketQueueDataSource, ticketQueueResource } from './ticket-queue';
import { ticketTypeDataSource, ticketTypeResource } from './ticket-type';
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
  groupResource,
  tagResource,
  ticketTypeResource,
  assetStatusResource,
  assetTypeResource,
  departmentResource,
  locationResource,
  assetResource,
];

/** Every data source type the provider offers. */
export const DATA_SOURCES: readonly DataSourceDefinition<MojoClient>[] = [
  ticketQueueDataSource,
  userDataSource,
  groupDataSource,
  tagDataSource,
  ticketTypeDataSource,
  ticketFormDataSource,
  ticketFormsDataSource,
  teamDataSource,
  teamsDataSource,
  techniciansDataSource,
];
