import type { MojoClient } from '../client';
import { ticketQueueDataSource, ticketQueueResource } from './ticket-queue';
import type { DataSourceDefinition, ResourceDefinition } from '../provider/framework/resource';

/** Every managed resource type the provider offers. */
export const RESOURCES: readonly ResourceDefinition<MojoClient>[] = [ticketQueueResource];

/** Every data source type the provider offers. */
export const DATA_SOURCES: readonly DataSourceDefinition<MojoClient>[] = [ticketQueueDataSource];
