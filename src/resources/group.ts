import type { Group, MojoClient } from '../client';
import { apiObjectLookup, apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';
import type { Diagnostics } from '../provider/framework/diagnostics';
import type { ObjectValue } from '../provider/framework/values';

/** Support ends before it starts: a plan-time check over the two support dates. */
function checkSupportPeriod(config: ObjectValue, diagnostics: Diagnostics): void {
  const start = config.support_start_date;
  const end = config.support_end_date;
  if (typeof start === 'string' && typeof end === 'string' && end < start) {
    diagnostics.error(
      'Support Ends Before It Starts',
      `support_end_date (${end}) is earlier than support_start_date (${start}). Swap or correct ` +
        'the dates.',
      ['support_end_date'],
    );
  }
}

/** Groups (formerly companies): the customers whose users raise tickets. Unique by name. */
export const GROUP: ApiObjectType<Group> & { readonly key: 'name' } = {
  typeName: 'mojohelpdesk_group',
  noun: 'group',
  description: 'A group (formerly a company): customers whose users share support terms.',
  key: 'name',
  fields: {
    name: { kind: 'text', required: true, description: 'Name of the group.' },
    primary_contact_id: {
      kind: 'id',
      description: 'Id of the user who is the primary contact of the group.',
    },
    billing_contact_id: {
      kind: 'id',
      description: 'Id of the user who receives billing matters for the group.',
    },
    support_level_id: { kind: 'id', description: 'Id of the support level of the group.' },
    support_status_id: {
      kind: 'integer',
      choices: [0, 1],
      description: 'Support status of the group: 0 active, 1 delinquent.',
    },
    support_start_date: {
      kind: 'date',
      description: 'First day of support, written YYYY-MM-DD.',
    },
    support_end_date: { kind: 'date', description: 'Last day of support, written YYYY-MM-DD.' },
    support_info_url: {
      kind: 'text',
      description: 'Address of a page describing the support the group receives.',
    },
    address: { kind: 'text', description: 'First line of the postal address.' },
    address2: { kind: 'text', description: 'Second line of the postal address.' },
    city: { kind: 'text', description: 'City of the postal address.' },
    state: { kind: 'text', description: 'State or province of the postal address.' },
    zip: { kind: 'text', description: 'Postal code.' },
    country: { kind: 'text', description: 'Country of the postal address.' },
    website_url: { kind: 'text', description: 'Website of the group, such as www.example.com.' },
    notes: { kind: 'text', maxLength: 65535, description: 'Free notes about the group.' },
  },
  operations: (client: MojoClient) => client.groups,
  validateConfig: checkSupportPeriod,
};

/** `mojohelpdesk_group`: a group. Import takes the numeric id or the group's name. */
export const groupResource = apiObjectResource(GROUP);

/** `mojohelpdesk_group` data source: one existing group, by id or by name. */
export const groupDataSource = apiObjectLookup(GROUP);
