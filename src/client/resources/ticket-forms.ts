import { collectPages } from '../paging';
import { Transport } from '../transport';
import { idSegment } from './crud';

/** A ticket form; the list answers a summary, `get` adds fields and rules. */
export interface TicketForm {
  readonly id: number;
  readonly name: string;
  readonly is_default: boolean;
  readonly is_enabled: boolean;
  readonly description?: string | null;
  readonly is_visible_for_end_user?: boolean | null;
  readonly show_cc?: boolean | null;
  readonly show_attach_files?: boolean | null;
  readonly is_visible_for_non_logged_in_user?: boolean | null;
  readonly hidden_field_attribute_ids?: readonly number[];
  readonly field_attributes?: ReadonlyArray<Readonly<Record<string, unknown>>>;
  readonly form_field_rules?: ReadonlyArray<Readonly<Record<string, unknown>>>;
}

/**
 * Ticket forms (`/ticket_forms`), read only: list and get. An unknown id answers 400
 * "Invalid ticket form id", raised as NOT_FOUND.
 */
export class TicketFormsApi {
  /** Builds the API on a transport. */
  public constructor(private readonly transport: Transport) {}

  /** Every ticket form. */
  public list(): Promise<TicketForm[]> {
    return collectPages<TicketForm>(this.transport, { path: '/ticket_forms' });
  }

  /** The ticket form with this id, with its fields and rules. */
  public get(id: number): Promise<TicketForm> {
    return this.transport.request<TicketForm>({
      method: 'GET',
      path: `/ticket_forms/${idSegment(id)}`,
      notFoundSubjects: ['ticket form'],
    });
  }
}
