import { RESOURCES } from './resources';
import { Kind, StoredObject, Store } from './store';
import { OWNER_ID, userDefaults } from './users';

/** Names of the available seeds. */
export type SeedName = 'minimal' | 'demo';

const SEED_TIME = '2024-01-15T10:30:00Z';

function ticketForms(): StoredObject[] {
  const common = {
    is_enabled: true,
    is_visible_for_end_user: true,
    show_cc: true,
    show_attach_files: true,
    is_visible_for_non_logged_in_user: false,
    hidden_field_attribute_ids: [],
    available_rule_conditions: {
      '1': [
        { name: 'equals', label: 'Equals', require_value: true },
        { name: 'not_equals', label: 'Does not equal', require_value: true },
      ],
    },
  };
  return [
    {
      id: 2700,
      name: 'Default Form',
      is_default: true,
      description: 'Form used when a ticket names no form',
      ...common,
      field_attributes: [
        { id: 201, name: 'title', label: 'Subject', is_required: true },
        { id: 202, name: 'description', label: 'Description', is_required: true },
        { id: 203, name: 'priority_id', label: 'Priority', is_required: false },
      ],
      form_field_rules: [],
    },
    {
      id: 2701,
      name: 'Hardware Request',
      is_default: false,
      description: 'Requests for new or replacement equipment',
      ...common,
      field_attributes: [
        { id: 211, name: 'title', label: 'Subject', is_required: true },
        { id: 212, name: 'asset_tag', label: 'Asset tag', is_required: false },
        { id: 213, name: 'priority_id', label: 'Priority', is_required: true },
      ],
      form_field_rules: [{ id: 301, field_attribute_id: 213, condition: 'equals', value: '10' }],
    },
  ];
}

function owner(): StoredObject {
  return {
    ...userDefaults(),
    id: OWNER_ID,
    email: 'owner@example.com',
    first_name: 'Olivia',
    last_name: 'Owner',
    role_id: 40,
    created_on: SEED_TIME,
    updated_on: SEED_TIME,
  } as StoredObject;
}

function add(store: Store, kind: Kind, fields: Record<string, unknown>): StoredObject {
  const spec = RESOURCES[kind];
  return store.insert(kind, { ...(spec?.defaults ?? {}), ...fields });
}

function addUser(store: Store, fields: Record<string, unknown>): StoredObject {
  return store.insert('users', {
    ...userDefaults(),
    created_on: SEED_TIME,
    updated_on: SEED_TIME,
    ...fields,
  });
}

function demo(store: Store): void {
  const support = add(store, 'ticket_queues', {
    name: 'Support',
    email_alias: 'support',
    email_ticket_form_id: 2700,
  });
  const billing = add(store, 'ticket_queues', { name: 'Billing', email_alias: 'billing' });
  add(store, 'ticket_queues', { name: 'IT Requests', email_ticket_form_id: 2701 });

  const acme = add(store, 'groups', {
    name: 'Acme Corp',
    support_status_id: 0,
    support_start_date: '2024-01-01',
    support_end_date: '2024-12-31',
    website_url: 'www.acme.example',
    city: 'Springfield',
  });
  add(store, 'groups', { name: 'Globex', support_status_id: 1, country: 'USA' });

  const tech = addUser(store, {
    email: 'tara.tech@example.com',
    first_name: 'Tara',
    last_name: 'Tech',
    role_id: 20,
  });
  const restricted = addUser(store, {
    email: 'rick.restricted@example.com',
    first_name: 'Rick',
    last_name: 'Restricted',
    role_id: 15,
  });
  const customer = addUser(store, {
    email: 'carla.customer@acme.example',
    first_name: 'Carla',
    last_name: 'Customer',
    company_id: acme.id,
  });
  store.setQueueAccess('user', restricted.id, support.id, true);
  store.setQueueAccess('group', acme.id, billing.id, true);
  store.setGroupAccess(customer.id, acme.id, 1);
  store.replace('groups', { ...acme, primary_contact_id: customer.id });
  store.replace('teams', { id: 4301, name: 'Tier 1', agent_ids: [OWNER_ID, tech.id] });

  add(store, 'tags', { label: 'Bug', color: '#ff0000' });
  add(store, 'tags', { label: 'VIP', color: '#777777' });
  add(store, 'ticket_types', { name: 'Question' });
  add(store, 'ticket_types', { name: 'Incident' });

  const active = add(store, 'asset_statuses', { name: 'Active', position: 0 });
  add(store, 'asset_statuses', { name: 'Retired', position: 1 });
  const hardware = add(store, 'asset_types', { name: 'Hardware' });
  const laptops = add(store, 'asset_types', { name: 'Laptops', parent_id: hardware.id });
  const it = add(store, 'departments', { name: 'IT Department' });
  const office = add(store, 'locations', { name: 'Main Office' });
  const floor = add(store, 'locations', { name: 'Second Floor', parent_id: office.id });

  const assets = RESOURCES.assets;
  store.insert('assets', {
    ...assets.defaults,
    display_name: 'Dell Latitude Laptop',
    asset_tag: 'LAP-001',
    serial_number: 'SN-1001',
    asset_type_id: laptops.id,
    location_id: floor.id,
    department_id: it.id,
    asset_status_id: active.id,
    managed_by_id: tech.id,
    used_by_id: customer.id,
    vendor: 'Dell',
    purchased_on: '2024-01-01',
    cost: 1299.99,
    visibility: 'staff_only',
    created_at: SEED_TIME,
    updated_at: SEED_TIME,
  });
}

/** Loads a seed into an empty store. */
export function loadSeed(store: Store, seed: SeedName): void {
  store.insertWithId('users', owner());
  for (const form of ticketForms()) {
    store.insertWithId('ticket_forms', form);
  }
  store.insertWithId('teams', { id: 4301, name: 'Tier 1', agent_ids: [OWNER_ID] });
  store.insertWithId('teams', { id: 4302, name: 'Escalations', agent_ids: [OWNER_ID] });
  if (seed === 'demo') {
    demo(store);
  }
  store.markSeeded(seed);
}
