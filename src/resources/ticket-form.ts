import type { TicketForm } from '../client';
import { lookupDataSource } from './api-object';
import { listingDataSource } from './listing';
import type { ObjectValue } from '../provider/framework/values';

/** The fields a ticket form shows, as the data source reports them. */
const FIELD_ATTRIBUTE_TYPE = {
  id: 'number',
  name: 'string',
  label: 'string',
  is_required: 'bool',
} as const;

function flag(value: boolean | null | undefined): boolean | null {
  return typeof value === 'boolean' ? value : null;
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The summary the list answers: id, name, default and enabled flags, description. */
function formSummary(form: TicketForm): ObjectValue {
  return {
    id: String(form.id),
    name: form.name,
    is_default: flag(form.is_default),
    is_enabled: flag(form.is_enabled),
    description: text(form.description),
  };
}

/** The whole form as `get` answers it. */
function formState(form: TicketForm): ObjectValue {
  return {
    ...formSummary(form),
    is_visible_for_end_user: flag(form.is_visible_for_end_user),
    is_visible_for_non_logged_in_user: flag(form.is_visible_for_non_logged_in_user),
    show_cc: flag(form.show_cc),
    show_attach_files: flag(form.show_attach_files),
    hidden_field_attribute_ids: [...(form.hidden_field_attribute_ids ?? [])],
    field_attributes: (form.field_attributes ?? []).map((field) => ({
      id: typeof field.id === 'number' ? field.id : null,
      name: text(field.name),
      label: text(field.label),
      is_required: typeof field.is_required === 'boolean' ? field.is_required : null,
    })),
  };
}

const computedFlag = (description: string) => ({
  type: 'bool' as const,
  computed: true,
  description,
});

/** `mojohelpdesk_ticket_form` data source: one ticket form, by id or by name, with its fields. */
export const ticketFormDataSource = lookupDataSource<TicketForm>({
  typeName: 'mojohelpdesk_ticket_form',
  noun: 'ticket form',
  description: 'Looks up a ticket form by id or by name, with the fields it shows.',
  key: 'name',
  keyDescription: 'Name of the ticket form.',
  listIsSummary: true,
  attributes: {
    is_default: computedFlag('Whether tickets that name no form use this one.'),
    is_enabled: computedFlag('Whether the form can be used.'),
    description: { type: 'string', computed: true, description: 'Description of the form.' },
    is_visible_for_end_user: computedFlag('Whether end users can choose the form.'),
    is_visible_for_non_logged_in_user: computedFlag(
      'Whether visitors who have not logged in can choose the form.',
    ),
    show_cc: computedFlag('Whether the form shows the CC field.'),
    show_attach_files: computedFlag('Whether the form lets the requester attach files.'),
    hidden_field_attribute_ids: {
      type: ['list', 'number'],
      computed: true,
      description: 'Ids of the fields the form hides.',
    },
    field_attributes: {
      type: ['list', ['object', FIELD_ATTRIBUTE_TYPE]],
      computed: true,
      description:
        'The fields the form shows: id, name (the ticket field it fills), label and ' +
        'is_required.',
    },
  },
  list: (client) => client.ticketForms.list(),
  get: (client, id) => client.ticketForms.get(id),
  stateOf: formState,
});

/** `mojohelpdesk_ticket_forms` data source: every ticket form, summarised. */
export const ticketFormsDataSource = listingDataSource<TicketForm>({
  typeName: 'mojohelpdesk_ticket_forms',
  nouns: 'ticket forms',
  description: 'Every ticket form of the helpdesk, summarised.',
  attribute: 'ticket_forms',
  elementDescription:
    'Every ticket form, in the order the service lists them: id (numeric id as a string), ' +
    'name, is_default, is_enabled and description.',
  element: {
    id: 'string',
    name: 'string',
    is_default: 'bool',
    is_enabled: 'bool',
    description: 'string',
  },
  list: (client) => client.ticketForms.list(),
  elementOf: formSummary,
});
