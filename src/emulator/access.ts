import { fullName } from './asset-routes';
import { findOrFail } from './crud';
import { badRequest, invalidId } from './errors';
import { readBoolean, readInteger } from './fields';
import { Answer, HandlerContext, Route } from './http-types';
import { pageOf, readPage, readPathId } from './paging';
import { RESOURCES } from './resources';
import { AccessSubject, StoredObject, Store } from './store';
import { isAgent, seesAllQueues } from './users';

const INVALID_USER = 'Invalid User ID.';
const INVALID_GROUP = 'Invalid Group ID.';
const INVALID_QUEUE = 'Invalid Ticket Queue ID.';

function codeError(message: string) {
  return badRequest('code-messages', [message]);
}

function queueList(store: Store, ids: readonly number[]) {
  return ids.map((id) => ({ id, name: store.get('ticket_queues', id)?.name ?? null }));
}

/** A user's access rights as the access-rights endpoints answer them. */
function userRight(store: Store, user: StoredObject): Record<string, unknown> {
  const all = seesAllQueues(store, user);
  const ids = all
    ? store.all('ticket_queues').map((queue) => queue.id)
    : store.queueAccess('user', user.id);
  return {
    id: user.id,
    name: fullName(user),
    email: user.email,
    full_name: fullName(user),
    has_access_to_all_ticket_queues: all,
    accessible_queues: queueList(store, ids),
    picture_url: user.picture_url ?? null,
    picture_type: 0,
    picture_color: '#3366cc',
  };
}

/** A group's access rights as the access-rights endpoints answer them. */
function groupRight(store: Store, group: StoredObject): Record<string, unknown> {
  const all = store.hasAllQueueAccess('group', group.id);
  const ids = all
    ? store.all('ticket_queues').map((queue) => queue.id)
    : store.queueAccess('group', group.id);
  return {
    id: group.id,
    name: group.name,
    has_access_to_all_ticket_queues: all,
    accessible_queues: queueList(store, ids),
  };
}

function findAgent(store: Store, rawId: string): StoredObject {
  const id = readPathId(rawId);
  const user = id === undefined ? undefined : store.get('users', id);
  if (!user || !isAgent(user)) {
    throw codeError(INVALID_USER);
  }
  return user;
}

function findGroup(store: Store, rawId: string, shape: 'code-messages' | 'error'): StoredObject {
  const id = readPathId(rawId);
  const group = id === undefined ? undefined : store.get('groups', id);
  if (!group) {
    throw shape === 'code-messages' ? codeError(INVALID_GROUP) : invalidId('error', INVALID_GROUP);
  }
  return group;
}

function readHasAccess(value: unknown, name = 'has_access'): boolean {
  if (value === undefined) {
    throw codeError(`Missing ${name} parameter.`);
  }
  const has = readBoolean(value);
  if (has === undefined) {
    throw codeError(`Invalid ${name} parameter: expected "true" or "false".`);
  }
  return has;
}

function readQueueId(store: Store, value: unknown): number {
  const id = readInteger(value);
  if (id === undefined || id <= 0 || !store.has('ticket_queues', id)) {
    throw codeError(INVALID_QUEUE);
  }
  return id;
}

/** Refuses body fields an endpoint does not take, in the endpoint's error shape. */
function onlyFields(
  body: Record<string, unknown>,
  allowed: readonly string[],
  shape: 'code-messages' | 'error',
): void {
  const unknown = Object.keys(body).filter((field) => !allowed.includes(field));
  if (unknown.length > 0) {
    throw badRequest(
      shape,
      unknown.map((field) => `Unknown attribute: ${field}`),
    );
  }
}

function grantOne(subject: AccessSubject, context: HandlerContext, subjectId: number): void {
  const { body, store } = context;
  const allowed = ['ticket_queue_id', 'has_access'];
  onlyFields(
    body,
    subject === 'group' ? [...allowed, 'has_access_to_all_ticket_queues'] : allowed,
    'code-messages',
  );
  if (subject === 'group' && 'has_access_to_all_ticket_queues' in body) {
    const all = readHasAccess(
      body.has_access_to_all_ticket_queues,
      'has_access_to_all_ticket_queues',
    );
    store.setAllQueueAccess('group', subjectId, all);
    return;
  }
  if (body.ticket_queue_id === undefined) {
    throw codeError('Missing ticket_queue_id parameter.');
  }
  const queueId = readQueueId(store, body.ticket_queue_id);
  store.setQueueAccess(subject, subjectId, queueId, readHasAccess(body.has_access));
}

function grantSet(subject: AccessSubject, context: HandlerContext, subjectId: number): void {
  const { body, store } = context;
  onlyFields(body, ['keys', 'has_access'], 'code-messages');
  if (!Array.isArray(body.keys)) {
    throw codeError('Missing keys parameter.');
  }
  const has = readHasAccess(body.has_access);
  const queueIds = body.keys.map((key: unknown) => readQueueId(store, key));
  for (const queueId of queueIds) {
    store.setQueueAccess(subject, subjectId, queueId, has);
  }
}

function listAgents(context: HandlerContext): Answer {
  const page = readPage(context.query, 'code-messages');
  const agents = context.store.all('users').filter((user) => isAgent(user) && user.is_active);
  return { status: 200, json: pageOf(agents, page).map((user) => userRight(context.store, user)) };
}

function listGroups(context: HandlerContext): Answer {
  const page = readPage(context.query, 'code-messages');
  const groups = pageOf(context.store.all('groups'), page);
  return { status: 200, json: groups.map((group) => groupRight(context.store, group)) };
}

function readAccessLevel(value: unknown): number {
  if (value === undefined || value === null || value === '') {
    throw badRequest('error', ["Access can't be blank"]);
  }
  const access = readInteger(value);
  if (access === undefined || ![0, 1, 2].includes(access)) {
    throw badRequest('error', ['Access is not included in the list']);
  }
  return access;
}

function groupAccessUser(store: Store, rawId: string): StoredObject {
  const id = readPathId(rawId);
  const user = id === undefined ? undefined : store.get('users', id);
  if (!user) {
    throw invalidId('error', INVALID_USER);
  }
  return user;
}

function listGroupAccess(context: HandlerContext): Answer {
  const user = groupAccessUser(context.store, context.params[0]);
  const page = readPage(context.query, 'error');
  const entries = pageOf(context.store.groupAccessList(user.id), page);
  return {
    status: 200,
    json: entries.map((entry) => ({
      user_id: user.id,
      group_id: entry.groupId,
      access: entry.access,
    })),
  };
}

function showGroupAccess(context: HandlerContext): Answer {
  const user = groupAccessUser(context.store, context.params[0]);
  const group = findGroup(context.store, context.params[1], 'error');
  const access = context.store.groupAccess(user.id, group.id);
  return { status: 200, json: { user_id: user.id, group_id: group.id, access } };
}

function setGroupAccess(context: HandlerContext): Answer {
  const user = groupAccessUser(context.store, context.params[0]);
  const group = findGroup(context.store, context.params[1], 'error');
  const unknown = Object.keys(context.body).filter((field) => field !== 'access');
  if (unknown.length > 0) {
    throw badRequest(
      'error',
      unknown.map((field) => `Unknown attribute: ${field}`),
    );
  }
  const access = readAccessLevel(context.body.access);
  context.store.setGroupAccess(user.id, group.id, access);
  return { status: 200, json: { user_id: user.id, group_id: group.id, access } };
}

function mergeTag(context: HandlerContext): Answer {
  const source = findOrFail(context.store, RESOURCES.tags, context.params[0]);
  onlyFields(context.body, ['with_tag_id'], 'error');
  const targetId = readInteger(context.body.with_tag_id);
  if (targetId === undefined || targetId <= 0 || !context.store.has('tags', targetId)) {
    throw invalidId('error', 'Invalid tag id');
  }
  if (targetId === source.id) {
    throw badRequest('error', ['A tag cannot be merged into itself']);
  }
  context.store.remove('tags', source.id);
  return { status: 200 };
}

function showTicketType(context: HandlerContext): Answer {
  const type = findOrFail(context.store, RESOURCES.ticket_types, context.params[0]);
  return { status: 200, json: type };
}

/** Access rights, group access, tag merge and the singular ticket type path. */
export function accessRoutes(): Route[] {
  const code = 'code-messages' as const;
  return [
    { method: 'GET', pattern: '/access_rights/agents', shape: code, handler: listAgents },
    {
      method: 'GET',
      pattern: '/access_rights/restricted_agents',
      shape: code,
      handler: listAgents,
    },
    { method: 'GET', pattern: '/access_rights/groups', shape: code, handler: listGroups },
    {
      method: 'GET',
      pattern: '/users/:id/access_rights',
      shape: code,
      handler: (context) => ({
        status: 200,
        json: userRight(context.store, findAgent(context.store, context.params[0])),
      }),
    },
    {
      method: 'POST',
      pattern: '/users/:id/access_rights',
      shape: code,
      handler: (context) => {
        const user = findAgent(context.store, context.params[0]);
        grantOne('user', context, user.id);
        return { status: 200, json: userRight(context.store, user) };
      },
    },
    {
      method: 'POST',
      pattern: '/users/:id/access_rights/set',
      shape: code,
      handler: (context) => {
        const user = findAgent(context.store, context.params[0]);
        grantSet('user', context, user.id);
        return { status: 200, json: [userRight(context.store, user)] };
      },
    },
    {
      method: 'GET',
      pattern: '/groups/:id/access_rights',
      shape: code,
      handler: (context) => ({
        status: 200,
        json: groupRight(context.store, findGroup(context.store, context.params[0], code)),
      }),
    },
    {
      method: 'POST',
      pattern: '/groups/:id/access_rights',
      shape: code,
      handler: (context) => {
        const group = findGroup(context.store, context.params[0], code);
        grantOne('group', context, group.id);
        return { status: 200, json: groupRight(context.store, group) };
      },
    },
    {
      method: 'POST',
      pattern: '/groups/:id/access_rights/set',
      shape: code,
      handler: (context) => {
        const group = findGroup(context.store, context.params[0], code);
        grantSet('group', context, group.id);
        return { status: 200, json: [groupRight(context.store, group)] };
      },
    },
    { method: 'GET', pattern: '/users/:id/group_access', shape: 'error', handler: listGroupAccess },
    {
      method: 'GET',
      pattern: '/users/:id/group_access/:id',
      shape: 'error',
      handler: showGroupAccess,
    },
    {
      method: 'POST',
      pattern: '/users/:id/group_access/:id',
      shape: 'error',
      handler: setGroupAccess,
    },
    { method: 'POST', pattern: '/tags/:id/merge', shape: 'error', handler: mergeTag },
    { method: 'GET', pattern: '/ticket_type/:id', shape: 'error', handler: showTicketType },
  ];
}
