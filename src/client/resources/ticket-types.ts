import { ListCache } from '../list-cache';
import { Transport } from '../transport';
import { CrudResource } from './crud';

/** A ticket type as the service returns it. */
export interface TicketType {
  readonly id: number;
  readonly name: string;
}

/** Body of a ticket type create. */
export interface TicketTypeCreateRequest {
  readonly name: string;
}

/** Body of a ticket type update. */
export type TicketTypeUpdateRequest = Partial<TicketTypeCreateRequest>;

/**
 * Ticket types (`/ticket_types`): list, get, create (201), update, delete (200, empty body).
 * An unknown id answers 400 "Invalid ticket type id", raised as NOT_FOUND.
 */
export class TicketTypesApi extends CrudResource<
  TicketType,
  TicketTypeCreateRequest,
  TicketTypeUpdateRequest
> {
  /** Builds the API on a transport, with the client's list cache when it has one. */
  public constructor(transport: Transport, cache?: ListCache) {
    super(transport, { path: '/ticket_types', subject: 'ticket type', paged: true }, cache);
  }
}
