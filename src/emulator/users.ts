import { createHash, randomBytes } from 'node:crypto';
import { fullName } from './asset-routes';
import { forgetReferences } from './crud';
import { ApiError, badRequest, invalidId, messageBody, unprocessable } from './errors';
import { FieldSpec, readInteger, validateFields } from './fields';
import { Answer, HandlerContext, Route } from './http-types';
import { readPage, readPathId } from './paging';
import { StoredObject, Store } from './store';

/** Id of the seeded account owner, who owns the emulator's access keys. */
export const OWNER_ID = 1;

/** Role ids and their names. */
export const ROLE_NAMES: Readonly<Record<number, string>> = {
  10: 'Regular user',
  15: 'Restricted technician',
  20: 'Technician',
  30: 'Manager',
  35: 'Administrator',
  40: 'Account owner',
};

/** Smallest role id that makes a user an agent. */
export const AGENT_ROLE = 15;

const MIN_PASSWORD_LENGTH = 8;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const CUSTOM_FIELD = /^custom_field_[A-Za-z0-9_]+$/;

const USER_FIELDS: Record<string, FieldSpec> = {
  email: { type: 'string', minLength: 6, maxLength: 255 },
  first_name: { type: 'string', nullable: true, maxLength: 45 },
  middle_name: { type: 'string', nullable: true, maxLength: 45 },
  last_name: { type: 'string', nullable: true, maxLength: 45 },
  work_phone: { type: 'string', nullable: true, maxLength: 30 },
  cell_phone: { type: 'string', nullable: true, maxLength: 30 },
  home_phone: { type: 'string', nullable: true, maxLength: 30 },
  user_notes: { type: 'text', nullable: true },
  company_id: { type: 'integer', nullable: true, references: 'groups' },
  password: { type: 'string', maxLength: 128 },
  is_active: { type: 'boolean' },
  role_id: { type: 'integer', enum: [10, 15, 20, 30, 35, 40] },
};

/** The fields of a new user, before the request's values are applied. */
export function userDefaults(): Record<string, unknown> {
  return {
    email: null,
    first_name: null,
    middle_name: null,
    last_name: null,
    full_name: null,
    work_phone: null,
    cell_phone: null,
    home_phone: null,
    fax_phone: null,
    address: null,
    user_notes: null,
    helpdesk_notes: null,
    company_id: null,
    role_id: 10,
    is_active: true,
    can_access_company_tickets: false,
    im_screen_name: null,
    last_login_on: null,
    created_on: null,
    updated_on: null,
    last_active_on: null,
    helpdesk_name: null,
    organization_name: null,
    unassigned_tickets_count: 0,
    default_private_messages: false,
    do_not_email_ever: false,
    timer_auto_start: false,
    is_alpha_tester: false,
    is_beta_tester: false,
    time_zone: 'Eastern Time (US & Canada)',
    picture_url: null,
    access_key: null,
    is_on_vacation: false,
    is_asset_manager: false,
  };
}

/** Digest kept for a password; the password itself is never stored or answered. */
export function passwordDigest(password: string): string {
  const salt = randomBytes(8).toString('hex');
  return `${salt}:${createHash('sha256').update(salt).update(password).digest('hex')}`;
}

/** Whether a user is an agent (restricted technician or above). */
export function isAgent(user: StoredObject): boolean {
  return (user.role_id as number) >= AGENT_ROLE;
}

/** Whether a user sees every ticket queue without per-queue rights (administrators, owner). */
export function seesAllQueues(store: Store, user: StoredObject): boolean {
  return (user.role_id as number) >= 35 || store.hasAllQueueAccess('user', user.id);
}

function withOrganisation(store: Store, user: StoredObject): StoredObject {
  const company = typeof user.company_id === 'number' ? store.get('groups', user.company_id) : null;
  return {
    ...user,
    full_name: fullName(user),
    organization_name: (company?.name as string | undefined) ?? null,
  };
}

function relatedData(store: Store, user: StoredObject): Record<string, unknown> {
  const company = typeof user.company_id === 'number' ? store.get('groups', user.company_id) : null;
  const agent = isAgent(user);
  const all = agent && seesAllQueues(store, user);
  const queueIds = all
    ? store.all('ticket_queues').map((queue) => queue.id)
    : agent
      ? store.queueAccess('user', user.id)
      : [];
  return {
    full_name: fullName(user),
    role_name: ROLE_NAMES[user.role_id as number] ?? null,
    address: user.address ?? null,
    phone: user.work_phone ?? user.cell_phone ?? user.home_phone ?? null,
    company: company
      ? {
          id: company.id,
          name: company.name,
          is_delinquent: company.support_status_id === 1,
          support_status: company.support_status_id === 1 ? 'Delinquent' : 'Active',
          support_level: company.support_level_id === null ? '' : String(company.support_level_id),
          support_start_date: company.support_start_date,
          support_end_date: company.support_end_date,
        }
      : null,
    teams: agent
      ? store
          .all('teams')
          .filter((team) => (team.agent_ids as number[]).includes(user.id))
          .map((team) => ({ id: team.id, name: team.name }))
      : [],
    accessible_queues: queueIds.map((id) => ({
      id,
      name: store.get('ticket_queues', id)?.name ?? null,
      notify: true,
    })),
    can_access_all_queues: all,
    wants_to_be_notified_by_all_queues: false,
    email_forward_helpdesk_url: null,
  };
}

/** A user as the API answers it; `related_data` is added on the show and techs endpoints. */
export function presentUser(store: Store, user: StoredObject, related: boolean): StoredObject {
  const shown = withOrganisation(store, user);
  return related ? { ...shown, related_data: relatedData(store, user) } : shown;
}

function findUser(store: Store, rawId: string): StoredObject {
  const id = readPathId(rawId);
  const user = id === undefined ? undefined : store.get('users', id);
  if (!user) {
    throw invalidId('error', 'Invalid user id');
  }
  return user;
}

function rejectUnknownAttributes(body: Record<string, unknown>): void {
  for (const field of Object.keys(body)) {
    if (!Object.hasOwn(USER_FIELDS, field) && !CUSTOM_FIELD.test(field)) {
      throw unprocessable(`unknown attribute '${field}' for User.`);
    }
  }
}

function readCustomFields(body: Record<string, unknown>): Record<string, string | null> {
  const custom: Record<string, string | null> = {};
  for (const [field, value] of Object.entries(body)) {
    if (!CUSTOM_FIELD.test(field)) {
      continue;
    }
    if (value !== null && typeof value !== 'string' && typeof value !== 'number') {
      throw unprocessable(`Invalid value for ${field}`);
    }
    custom[field] = value === null ? null : String(value);
  }
  return custom;
}

/** Role rules: nobody grants a role above the key owner's, and nothing above the owner's. */
function checkRole(store: Store, role: unknown): void {
  if (role === undefined) {
    return;
  }
  const requested = readInteger(role);
  if (requested !== undefined && requested > 40) {
    throw badRequest('error', ['You are not allowed to set a super admin role.']);
  }
  const caller = store.get('users', OWNER_ID);
  if (requested !== undefined && caller && requested > (caller.role_id as number)) {
    throw badRequest('error', ['You are not allowed to set higher than your own role.']);
  }
}

function checkPassword(password: unknown): void {
  if (typeof password === 'string' && password.length < MIN_PASSWORD_LENGTH) {
    throw badRequest('error', [`Password should be at least ${MIN_PASSWORD_LENGTH} characters`]);
  }
}

function list(context: HandlerContext): Answer {
  const page = readPage(context.query, 'error');
  const users = context.store.pageText('users', page.offset, page.limit);
  return {
    status: 200,
    json: users.map((text) => presentUser(context.store, JSON.parse(text), false)),
  };
}

function techs(context: HandlerContext): Answer {
  const page = readPage(context.query, 'error');
  const agents = context.store.all('users').filter(isAgent);
  return {
    status: 200,
    json: agents
      .slice(page.offset, page.offset + page.limit)
      .map((user) => presentUser(context.store, user, true)),
  };
}

function show(context: HandlerContext): Answer {
  const user = findUser(context.store, context.params[0]);
  return { status: 200, json: presentUser(context.store, user, true) };
}

function byEmail(context: HandlerContext): Answer {
  const email = (context.query.get('email') ?? '').trim().toLowerCase();
  const user = context.store
    .all('users')
    .find((candidate) => String(candidate.email).toLowerCase() === email);
  if (!email || !user) {
    throw badRequest('error', ['Invalid user email']);
  }
  return { status: 200, json: presentUser(context.store, user, true) };
}

function create(context: HandlerContext): Answer {
  const { store, body } = context;
  rejectUnknownAttributes(body);
  checkRole(store, body.role_id);
  const cleaned = validateFields(USER_FIELDS, body, {
    shape: 'error',
    required: ['email'],
    creating: true,
    store,
  });
  const custom = readCustomFields(body);

  const email = String(cleaned.email).trim();
  if (!EMAIL.test(email)) {
    throw badRequest('error', ['Email is invalid']);
  }
  const existing = store
    .all('users')
    .find((user) => String(user.email).toLowerCase() === email.toLowerCase());
  if (existing) {
    const role = ROLE_NAMES[existing.role_id as number] ?? 'user';
    throw badRequest('error', [`The user with email ${email} already exists as a ${role}.`]);
  }
  checkPassword(cleaned.password);

  const { password, ...fields } = cleaned;
  const now = context.now();
  const created = store.insert('users', {
    ...userDefaults(),
    ...fields,
    ...custom,
    email,
    created_on: now,
    updated_on: now,
  });
  if (typeof password === 'string') {
    store.setPasswordDigest(created.id, passwordDigest(password));
  }
  return { status: 201, json: presentUser(store, created, false) };
}

function update(context: HandlerContext): Answer {
  const { store, body } = context;
  const user = findUser(store, context.params[0]);
  rejectUnknownAttributes(body);

  // The service ignores an email sent on update: addresses change through a separate flow, so
  // the stored email stays as it is whatever the body says.
  checkRole(store, body.role_id);
  if (user.id === OWNER_ID && body.role_id !== undefined && readInteger(body.role_id) !== 40) {
    throw badRequest('error', ["You are not allowed to change the account owner's role."]);
  }
  const rest = { ...body };
  delete rest.email;
  const cleaned = validateFields(USER_FIELDS, rest, {
    shape: 'error',
    required: [],
    creating: false,
    store,
  });
  const custom = readCustomFields(body);
  checkPassword(cleaned.password);

  const { password, ...fields } = cleaned;
  const updated: StoredObject = { ...user, ...fields, ...custom, updated_on: context.now() };
  store.replace('users', updated);
  if (typeof password === 'string') {
    store.setPasswordDigest(user.id, passwordDigest(password));
  }
  return { status: 200, json: presentUser(store, updated, false) };
}

function remove(context: HandlerContext): Answer {
  const id = readPathId(context.params[0]);
  const user = id === undefined ? undefined : context.store.get('users', id);
  if (!user) {
    throw new ApiError('not_found', 404, messageBody('Record not found'));
  }
  if (user.id === OWNER_ID || user.role_id === 40) {
    throw unprocessable('The account owner cannot be deleted.');
  }
  forgetReferences(context, 'users', user.id);
  context.store.remove('users', user.id);
  return { status: 200 };
}

/** The users endpoints: list, techs, get_by_email, show, create, update, delete. */
export function userRoutes(): Route[] {
  return [
    { method: 'GET', pattern: '/users', shape: 'error', handler: list },
    { method: 'GET', pattern: '/users/techs', shape: 'error', handler: techs },
    { method: 'GET', pattern: '/users/get_by_email', shape: 'error', handler: byEmail },
    { method: 'GET', pattern: '/users/:id', shape: 'error', handler: show },
    { method: 'POST', pattern: '/users', shape: 'error', handler: create },
    { method: 'PUT', pattern: '/users/:id', shape: 'error', handler: update },
    { method: 'DELETE', pattern: '/users/:id', shape: 'error', handler: remove },
  ];
}
