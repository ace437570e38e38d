import { ListCache } from '../list-cache';
import { Transport } from '../transport';
import { AGENT_ACCESS_LISTING, GROUP_ACCESS_LISTING } from './access-rights';
import { CrudResource } from './crud';

/** A ticket queue as the service returns it. */
export interface TicketQueue {
  readonly id: number;
  readonly name: string;
  readonly email_alias?: string | null;
  readonly email_forward?: string | null;
  readonly email_ticket_form_id?: number | null;
}

/** Body of a ticket queue create; `name` is required. */
export interface TicketQueueCreateRequest {
  readonly name: string;
  readonly email_alias?: string;
  readonly email_forward?: string;
  readonly email_ticket_form_id?: number | null;
}

/** Body of a ticket queue update; only the fields present change. */
export type TicketQueueUpdateRequest = Partial<TicketQueueCreateRequest>;

/**
 * Ticket queues (`/ticket_queues`): paged list, get, create (201), update, delete (200, empty
 * body). An unknown id answers 400 "Invalid ticket queue id", raised as NOT_FOUND.
 */
export class TicketQueuesApi extends CrudResource<
  TicketQueue,
  TicketQueueCreateRequest,
  TicketQueueUpdateRequest
> {
  /** Builds the API on a transport, with the client's list cache when it has one. */
  public constructor(transport: Transport, cache?: ListCache) {
    super(
      transport,
      {
        path: '/ticket_queues',
        subject: 'ticket queue',
        paged: true,
        affects: [AGENT_ACCESS_LISTING, GROUP_ACCESS_LISTING],
      },
      cache,
    );
  }
}
