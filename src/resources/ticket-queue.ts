import type { MojoClient, TicketQueue } from '../client';
import { apiObjectLookup, apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';
import { stringLengthBetween } from '../provider/framework/modifiers';

/** Ticket queues: where tickets arrive. Import and look-up match the name exactly as written. */
export const TICKET_QUEUE: ApiObjectType<TicketQueue> & { readonly key: 'name' } = {
  typeName: 'mojohelpdesk_ticket_queue',
  noun: 'ticket queue',
  description: 'A ticket queue: where tickets arrive and agents pick them up.',
  key: 'name',
  exactKey: true,
  fields: {
    name: {
      kind: 'text',
      required: true,
      description: 'Name of the ticket queue, as agents see it.',
    },
    email_alias: {
      kind: 'text',
      description:
        'Email alias of the queue: mail sent to <alias>@<your helpdesk domain> becomes a ticket ' +
        'in this queue.',
    },
    email_forward: {
      kind: 'text',
      description: 'Email address that mail arriving for this queue is forwarded to.',
    },
    email_ticket_form_id: {
      kind: 'id',
      description:
        'Id of the ticket form applied to tickets created from email sent to this queue.',
    },
  },
  validators: { email_forward: [stringLengthBetween(3, 255)] },
  operations: (client: MojoClient) => client.ticketQueues,
};

/**
 * `mojohelpdesk_ticket_queue`: a ticket queue. Every attribute updates in place. Import takes the
 * numeric id, or the queue's exact name (prefix `name:` for names made of digits only).
 */
export const ticketQueueResource = apiObjectResource(TICKET_QUEUE);

/**
 * `mojohelpdesk_ticket_queue` data source: one existing ticket queue, by id or by exact name.
 * When both are set, the id chooses the queue.
 */
export const ticketQueueDataSource = apiObjectLookup(TICKET_QUEUE, {
  allowIdWithKey: true,
  selectorDescriptions: {
    id: 'Numeric id of the ticket queue in Mojo Helpdesk, as a string.',
    key: TICKET_QUEUE.fields.name.description,
  },
});
