import type { User } from '../client';
import { listingDataSource } from './listing';

/** `mojohelpdesk_technicians` data source: every agent (technician, manager, admin, owner). */
export const techniciansDataSource = listingDataSource<User>({
  typeName: 'mojohelpdesk_technicians',
  nouns: 'technicians',
  description:
    'Every agent of the helpdesk: restricted technicians, technicians, managers, admins and ' +
    'the owner.',
  attribute: 'technicians',
  elementDescription:
    'Every agent, in the order the service lists them: id (numeric id as a string), email, ' +
    'first_name, last_name, full_name, role_id (15 restricted technician, 20 technician, ' +
    '30 manager, 35 admin, 40 owner) and is_active.',
  element: {
    id: 'string',
    email: 'string',
    first_name: 'string',
    last_name: 'string',
    full_name: 'string',
    role_id: 'number',
    is_active: 'bool',
  },
  list: (client) => client.users.techs(),
  elementOf: (user) => ({
    id: String(user.id),
    email: user.email ?? null,
    first_name: user.first_name || null,
    last_name: user.last_name || null,
    full_name: user.full_name || user.related_data?.full_name || null,
    role_id: user.role_id ?? null,
    is_active: typeof user.is_active === 'boolean' ? user.is_active : null,
  }),
});
