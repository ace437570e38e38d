import type { MojoClient, TicketType } from '../client';
import { apiObjectLookup, apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';

/** Ticket types (question, incident, ...), known by their unique name. */
export const TICKET_TYPE: ApiObjectType<TicketType> & { readonly key: 'name' } = {
  typeName: 'mojohelpdesk_ticket_type',
  noun: 'ticket type',
  description: 'A ticket type, such as Question or Incident, that classifies tickets.',
  key: 'name',
  fields: {
    name: { kind: 'text', required: true, description: 'Name of the ticket type.' },
  },
  operations: (client: MojoClient) => client.ticketTypes,
};

/** `mojohelpdesk_ticket_type`: a ticket type. Import takes the numeric id or the name. */
export const ticketTypeResource = apiObjectResource(TICKET_TYPE);

/** `mojohelpdesk_ticket_type` data source: one existing ticket type, by id or by name. */
export const ticketTypeDataSource = apiObjectLookup(TICKET_TYPE);
