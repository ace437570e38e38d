/**
 * Ticket queue access rights of agents and groups, in the two ways users manage them: one grant
 * per resource (additive: other grants are left alone), or the whole set of one agent or group
 * in one resource (authoritative: anything else is revoked). One agent or group must be managed
 * in one way only; managed both ways, each resource undoes the other's changes on every apply.
 */
import type { AccessRight, MojoClient } from '../client';
import {
  addAccessError,
  idAttribute,
  idSet,
  pairId,
  parsePairId,
  positiveId,
  referenceAttribute,
} from './access-support';
import { isMojoError } from '../client/errors';
import type { Diagnostics } from '../provider/framework/diagnostics';
import { useStateForUnknown } from '../provider/framework/modifiers';
import { RESOURCE_GONE } from '../provider/framework/resource';
import type {
  OperationContext,
  ResourceDefinition,
  ResourceGone,
} from '../provider/framework/resource';
import type { AttributeSchema } from '../provider/framework/schema';
import { isUnknown } from '../provider/framework/values';
import type { ObjectValue } from '../provider/framework/values';

/** An agent or a group, the two kinds of principal ticket queue access is given to. */
interface Principal {
  /** `user` or `group`: the start of the resource type names. */
  readonly kind: 'user' | 'group';
  /** The attribute naming the principal: user_id or group_id. */
  readonly idAttribute: 'user_id' | 'group_id';
  /** How diagnostics name the principal. */
  readonly noun: string;
  /** The principal's access rights. */
  get(client: MojoClient, id: number): Promise<AccessRight>;
  /** Grants or revokes one ticket queue. */
  setOne(client: MojoClient, id: number, queueId: number, hasAccess: boolean): Promise<unknown>;
  /** Grants or revokes a batch of ticket queues in one call. */
  setMany(
    client: MojoClient,
    id: number,
    queueIds: readonly number[],
    hasAccess: boolean,
  ): Promise<unknown>;
}

const AGENT: Principal = {
  kind: 'user',
  idAttribute: 'user_id',
  noun: 'agent',
  get: (client, id) => client.accessRights.getUser(id),
  setOne: (client, id, queueId, has) => client.accessRights.setUserQueue(id, queueId, has),
  setMany: (client, id, queueIds, has) => client.accessRights.setUserQueues(id, queueIds, has),
};

const GROUP: Principal = {
  kind: 'group',
  idAttribute: 'group_id',
  noun: 'group',
  get: (client, id) => client.accessRights.getGroup(id),
  setOne: (client, id, queueId, has) => client.accessRights.setGroupQueue(id, queueId, has),
  setMany: (client, id, queueIds, has) => client.accessRights.setGroupQueues(id, queueIds, has),
};

const PRINCIPAL_DESCRIPTIONS = {
  user: 'Id of the agent (a user with role_id 15 or above).',
  group: 'Id of the group (company).',
};

const TICKET_QUEUE_ID = 'Id of the ticket queue.';

/** How a resource manages a principal's ticket queues: one grant each, or the whole set. */
type AccessStyle = 'grant' | 'set';

/**
 * The principals claimed by access resources planned in this provider process. Terraform plans
 * every resource of a run in one process, so a principal managed both ways (or by two whole-set
 * resources) is caught at plan time, before either undoes the other's changes. Principals whose
 * id is unknown until apply cannot be checked.
 */
const claimedPrincipals = new Map<string, { readonly style: AccessStyle; readonly type: string }>();

/** The resource type that manages a principal's access in the given style. */
function accessTypeName(principal: Principal, style: AccessStyle): string {
  const suffix = style === 'grant' ? 'ticket_queue_access' : 'access_rights';
  return `mojohelpdesk_${principal.kind}_${suffix}`;
}

function claimPrincipal(
  principal: Principal,
  style: AccessStyle,
  planned: ObjectValue,
  diagnostics: Diagnostics,
): void {
  const id = positiveId(planned[principal.idAttribute]);
  if (id === undefined) {
    return;
  }

  const key = `${principal.kind}:${id}`;
  const type = accessTypeName(principal, style);
  const earlier = claimedPrincipals.get(key);
  if (earlier === undefined) {
    claimedPrincipals.set(key, { style, type });
    return;
  }
  if (earlier.style === 'grant' && style === 'grant') {
    return;
  }

  const managers =
    earlier.type === type ? `two ${type} resources` : `both ${earlier.type} and ${type}`;
  diagnostics.error(
    'Conflicting Access Resources',
    `The ${principal.noun} ${id} is managed by ${managers} in this configuration. Each would ` +
      'undo the changes of the other on every apply. Manage its ticket queues with one ' +
      `${accessTypeName(principal, 'set')} resource, or with ` +
      `${accessTypeName(principal, 'grant')} grants only.`,
    [principal.idAttribute],
  );
}

/** The ticket queue ids an access right lists, ascending. */
function listedQueues(right: AccessRight): number[] {
  return idSet((right.accessible_queues ?? []).map((queue) => queue.id));
}

/** Reads a principal's access rights; RESOURCE_GONE when the principal no longer exists. */
async function readRight(
  principal: Principal,
  id: number,
  context: OperationContext<MojoClient>,
): Promise<AccessRight | ResourceGone | undefined> {
  try {
    return await principal.get(context.client, id);
  } catch (error) {
    if (isMojoError(error, 'NOT_FOUND')) {
      return RESOURCE_GONE;
    }
    addAccessError(
      context.diagnostics,
      `read the access rights of the ${principal.noun} ${id}`,
      error,
    );
    return undefined;
  }
}

/** The two ids of a pair state, or a diagnostic saying the state must be imported again. */
function storedPair(
  state: ObjectValue,
  names: readonly [string, string],
  diagnostics: Diagnostics,
): readonly [number, number] | undefined {
  const first = positiveId(state[names[0]]);
  const second = positiveId(state[names[1]]);
  if (first === undefined || second === undefined) {
    diagnostics.error(
      'Invalid Stored Ids',
      `The stored ${names[0]} and ${names[1]} are not ids. Remove the resource from state and ` +
        'import it again.',
    );
    return undefined;
  }
  return [first, second];
}

/**
 * `mojohelpdesk_<kind>_ticket_queue_access`: one ticket queue granted to one agent or group,
 * leaving its other grants alone. Both ids force replacement; destroy revokes the one grant.
 */
function queueGrantResource(principal: Principal): ResourceDefinition<MojoClient> {
  const names = [principal.idAttribute, 'ticket_queue_id'] as const;
  const authoritative = `mojohelpdesk_${principal.kind}_access_rights`;
  const toState = (principalId: number, queueId: number): ObjectValue => ({
    id: pairId(principalId, queueId),
    [principal.idAttribute]: principalId,
    ticket_queue_id: queueId,
  });

  return {
    typeName: `mojohelpdesk_${principal.kind}_ticket_queue_access`,
    schema: {
      version: 0,
      block: {
        description:
          `Gives one ${principal.noun} access to one ticket queue, leaving its other ticket ` +
          `queues alone. Do not also manage the same ${principal.noun} with ${authoritative}: ` +
          'that resource revokes every grant it does not list.',
        attributes: {
          id: idAttribute(`<${names[0]}>:<${names[1]}>, e.g. 42:7.`),
          [principal.idAttribute]: referenceAttribute(PRINCIPAL_DESCRIPTIONS[principal.kind]),
          ticket_queue_id: referenceAttribute(TICKET_QUEUE_ID),
        },
      },
    },

    checkPlan(planned, diagnostics) {
      claimPrincipal(principal, 'grant', planned, diagnostics);
    },

    async create({ planned }, context) {
      const pair = storedPair(planned, names, context.diagnostics);
      if (!pair) {
        return undefined;
      }

      const [principalId, queueId] = pair;
      try {
        await principal.setOne(context.client, principalId, queueId, true);
        return toState(principalId, queueId);
      } catch (error) {
        const action = `grant the ticket queue ${queueId} to the ${principal.noun} ${principalId}`;
        addAccessError(context.diagnostics, action, error);
        return undefined;
      }
    },

    async read(state, context) {
      const principalId = positiveId(state[principal.idAttribute]);
      const queueId = positiveId(state.ticket_queue_id);
      if (principalId === undefined || queueId === undefined) {
        return RESOURCE_GONE;
      }

      const right = await readRight(principal, principalId, context);
      if (right === RESOURCE_GONE || right === undefined) {
        return right;
      }
      return listedQueues(right).includes(queueId) ? toState(principalId, queueId) : RESOURCE_GONE;
    },

    async update({ planned }) {
      return planned;
    },

    async delete(prior, context) {
      const pair = storedPair(prior, names, context.diagnostics);
      if (!pair) {
        return;
      }

      const [principalId, queueId] = pair;
      try {
        await principal.setOne(context.client, principalId, queueId, false);
      } catch (error) {
        if (!isMojoError(error, 'NOT_FOUND')) {
          const holder = `${principal.noun} ${principalId}`;
          const action = `revoke the ticket queue ${queueId} from the ${holder}`;
          addAccessError(context.diagnostics, action, error);
        }
      }
    },

    async importState(importId, context) {
      const pair = parsePairId(importId, names, context.diagnostics);
      return pair ? toState(pair[0], pair[1]) : undefined;
    },
  };
}

/** What an authoritative resource wants: a set of ticket queues, and for groups the all flag. */
interface DesiredAccess {
  readonly queueIds: readonly number[];
  /** Undefined for agents, whose "all ticket queues" comes with their role. */
  readonly all?: boolean;
}

/** Ids in `left` and not in `right`. */
function missingFrom(left: readonly number[], right: readonly number[]): number[] {
  return left.filter((id) => !right.includes(id));
}

/**
 * Brings a principal's access to the desired set with as few calls as it takes: a batch of
 * grants and a batch of revokes, computed from the live rights rather than from state, so that
 * changes made by hand are undone too. When every queue is visible because of the all flag (or,
 * for agents, an administrator role), the explicit grants cannot be seen; then only grants are
 * sent. A group losing the all flag loses it first, so its explicit grants become visible; a
 * group gaining it gains it last, after its explicit grants were revoked.
 */
async function reconcile(
  principal: Principal,
  id: number,
  desired: DesiredAccess,
  client: MojoClient,
): Promise<void> {
  let right = await principal.get(client, id);
  const seesAll = right.has_access_to_all_ticket_queues === true;
  if (principal.kind === 'group' && seesAll && desired.all === false) {
    await client.accessRights.setGroupAllQueues(id, false);
    right = await principal.get(client, id);
  }

  const hidden = right.has_access_to_all_ticket_queues === true;
  const current = hidden ? [] : listedQueues(right);
  const grants = missingFrom(desired.queueIds, current);
  const revokes = hidden ? [] : missingFrom(current, desired.queueIds);
  if (grants.length > 0) {
    await principal.setMany(client, id, grants, true);
  }
  if (revokes.length > 0) {
    await principal.setMany(client, id, revokes, false);
  }

  if (principal.kind === 'group' && desired.all === true && !seesAll) {
    await client.accessRights.setGroupAllQueues(id, true);
  }
}

/**
 * Revokes ticket queues one batch at a time, falling back to one call per queue when the batch
 * names a ticket queue that no longer exists (the batch call then fails as a whole).
 */
async function revokeAll(
  principal: Principal,
  id: number,
  queueIds: readonly number[],
  client: MojoClient,
): Promise<void> {
  if (queueIds.length === 0) {
    return;
  }
  try {
    await principal.setMany(client, id, queueIds, false);
    return;
  } catch (error) {
    if (!isMojoError(error, 'NOT_FOUND')) {
      throw error;
    }
  }

  for (const queueId of queueIds) {
    try {
      await principal.setOne(client, id, queueId, false);
    } catch (error) {
      if (!isMojoError(error, 'NOT_FOUND')) {
        throw error;
      }
    }
  }
}

/**
 * `mojohelpdesk_<kind>_access_rights`: the complete set of ticket queues of one agent or group.
 * Grants missing from the API are granted, grants the configuration does not list are revoked;
 * destroy revokes everything the resource set.
 */
function accessRightsResource(principal: Principal): ResourceDefinition<MojoClient> {
  const isGroup = principal.kind === 'group';
  const additive = `mojohelpdesk_${principal.kind}_ticket_queue_access`;

  /**
   * The state for live access rights. While every queue is visible through the all flag or an
   * administrator role, the explicit set cannot be read; the prior state's set is kept then.
   */
  const toState = (right: AccessRight, prior: ObjectValue): ObjectValue => {
    const all = right.has_access_to_all_ticket_queues === true;
    const state: ObjectValue = {
      id: String(right.id),
      [principal.idAttribute]: right.id,
      ticket_queue_ids: all ? idSet(prior.ticket_queue_ids) : listedQueues(right),
      has_access_to_all_ticket_queues: all,
    };
    return state;
  };

  const desiredOf = (planned: ObjectValue): DesiredAccess => ({
    queueIds: idSet(planned.ticket_queue_ids),
    all: isGroup ? planned.has_access_to_all_ticket_queues === true : undefined,
  });

  /**
   * Reconciles, then reads the result. After a failure part-way, the state of what exists is
   * still returned beside the error, so that Terraform records it.
   */
  const apply = async (
    planned: ObjectValue,
    context: OperationContext<MojoClient>,
  ): Promise<ObjectValue | undefined> => {
    const id = positiveId(planned[principal.idAttribute]);
    if (id === undefined) {
      context.diagnostics.error(
        `Unknown ${principal.idAttribute}`,
        `${principal.idAttribute} must be a known positive whole number when the change is ` +
          'applied. This is likely a bug in the provider; please report it.',
        [principal.idAttribute],
      );
      return undefined;
    }

    try {
      await reconcile(principal, id, desiredOf(planned), context.client);
    } catch (error) {
      const action = `set the ticket queues of the ${principal.noun} ${id}`;
      addAccessError(context.diagnostics, action, error);
    }

    try {
      return toState(await principal.get(context.client, id), planned);
    } catch (error) {
      if (!context.diagnostics.hasErrors()) {
        const action = `read the access rights of the ${principal.noun} ${id}`;
        addAccessError(context.diagnostics, action, error);
      }
      return undefined;
    }
  };

  const allQueues: AttributeSchema = isGroup
    ? {
        type: 'bool',
        optional: true,
        computed: true,
        default: false,
        description:
          'Whether the group may access every ticket queue, present and future. Defaults to ' +
          'false. When true, ticket_queue_ids must be empty.',
      }
    : {
        type: 'bool',
        computed: true,
        // The role behind this flag changes outside this resource; refresh reads it before any
        // plan, so keeping the refreshed value avoids a "known after apply" on every update.
        planModifiers: [useStateForUnknown()],
        description:
          'Whether the agent sees every ticket queue anyway (administrators and the account ' +
          'owner do). While true, Mojo Helpdesk does not show the explicit grants, so changes ' +
          'made to them by hand cannot be detected.',
      };

  return {
    typeName: `mojohelpdesk_${principal.kind}_access_rights`,
    schema: {
      version: 0,
      block: {
        description:
          `The complete set of ticket queues one ${principal.noun} may access: queues not ` +
          `listed are revoked. Do not also manage the same ${principal.noun} with ${additive} ` +
          'or with another of these resources: each would undo the changes of the other.',
        attributes: {
          id: idAttribute(`Id of the ${principal.noun}, as a string.`),
          [principal.idAttribute]: referenceAttribute(PRINCIPAL_DESCRIPTIONS[principal.kind]),
          ticket_queue_ids: {
            type: ['set', 'number'],
            ...(isGroup ? { optional: true, computed: true, default: [] } : { required: true }),
            description:
              `Ids of every ticket queue the ${principal.noun} may access; an empty set ` +
              `revokes them all.${isGroup ? ' Defaults to the empty set.' : ''}`,
          },
          has_access_to_all_ticket_queues: allQueues,
        },
      },
    },

    checkPlan(planned, diagnostics) {
      claimPrincipal(principal, 'set', planned, diagnostics);
    },

    validateConfig(config, diagnostics) {
      const ids = config.ticket_queue_ids;
      const invalid = Array.isArray(ids)
        ? ids.filter((queueId) => !isUnknown(queueId) && positiveId(queueId) === undefined)
        : [];
      if (invalid.length > 0) {
        diagnostics.error(
          'Invalid Ticket Queue Id',
          'Ticket queue ids are positive whole numbers; the configuration sets ' +
            `${invalid.map((queueId) => JSON.stringify(queueId)).join(', ')}.`,
          ['ticket_queue_ids'],
        );
      }
      const all = config.has_access_to_all_ticket_queues === true;
      if (isGroup && all && Array.isArray(ids) && ids.length > 0) {
        diagnostics.error(
          'Conflicting Ticket Queue Access',
          'With has_access_to_all_ticket_queues = true the group already sees every ticket ' +
            'queue; leave ticket_queue_ids empty.',
          ['ticket_queue_ids'],
        );
      }
    },

    create: ({ planned }, context) => apply(planned, context),

    async read(state, context) {
      const id = positiveId(state[principal.idAttribute]) ?? positiveId(state.id);
      if (id === undefined) {
        return RESOURCE_GONE;
      }

      const right = await readRight(principal, id, context);
      if (right === RESOURCE_GONE || right === undefined) {
        return right;
      }
      return toState(right, state);
    },

    update: ({ planned }, context) => apply(planned, context),

    async delete(prior, context) {
      const id = positiveId(prior[principal.idAttribute]);
      if (id === undefined) {
        return;
      }

      try {
        if (isGroup && prior.has_access_to_all_ticket_queues === true) {
          await context.client.accessRights.setGroupAllQueues(id, false);
        }
        await revokeAll(principal, id, idSet(prior.ticket_queue_ids), context.client);
      } catch (error) {
        if (!isMojoError(error, 'NOT_FOUND')) {
          const action = `revoke the ticket queues of the ${principal.noun} ${id}`;
          addAccessError(context.diagnostics, action, error);
        }
      }
    },

    async importState(importId, context) {
      const id = positiveId(importId);
      if (id === undefined) {
        context.diagnostics.error(
          'Invalid Import Id',
          `Import by the ${principal.noun}'s numeric id; got ${JSON.stringify(importId)}.`,
        );
        return undefined;
      }
      return { id: String(id), [principal.idAttribute]: id };
    },
  };
}

/** `mojohelpdesk_user_ticket_queue_access`: one ticket queue granted to one agent. */
export const userTicketQueueAccessResource = queueGrantResource(AGENT);

/** `mojohelpdesk_group_ticket_queue_access`: one ticket queue granted to one group. */
export const groupTicketQueueAccessResource = queueGrantResource(GROUP);

/** `mojohelpdesk_user_access_rights`: every ticket queue of one agent. */
export const userAccessRightsResource = accessRightsResource(AGENT);

/** `mojohelpdesk_group_access_rights`: every ticket queue of one group, and the all flag. */
export const groupAccessRightsResource = accessRightsResource(GROUP);
