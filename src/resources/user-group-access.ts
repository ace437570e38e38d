import type { GroupAccessLevel, MojoClient } from '../client';
import { idAttribute, pairId, parsePairId, positiveId, referenceAttribute } from './access-support';
import { isMojoError } from '../client/errors';
import { addApiError } from '../provider/api-diagnostics';
import { oneOf } from '../provider/framework/modifiers';
import { RESOURCE_GONE } from '../provider/framework/resource';
import type { OperationContext, ResourceDefinition } from '../provider/framework/resource';
import type { ObjectValue } from '../provider/framework/values';

const NAMES = ['user_id', 'group_id'] as const;

/** The level that removes a user's access to a group's tickets. */
const NO_ACCESS: GroupAccessLevel = 0;

function toState(userId: number, groupId: number, access: number): ObjectValue {
  return { id: pairId(userId, groupId), user_id: userId, group_id: groupId, access };
}

function accessLevel(value: unknown): GroupAccessLevel | undefined {
  return value === 0 || value === 1 || value === 2 ? value : undefined;
}

/** Sets the level and returns the new state; adds a diagnostic and returns undefined on failure. */
async function setLevel(
  state: ObjectValue,
  context: OperationContext<MojoClient>,
): Promise<ObjectValue | undefined> {
  const userId = positiveId(state.user_id);
  const groupId = positiveId(state.group_id);
  const access = accessLevel(state.access);
  if (userId === undefined || groupId === undefined || access === undefined) {
    context.diagnostics.error(
      'Invalid Group Access',
      'user_id, group_id and access must be known whole numbers when the change is applied. ' +
        'This is likely a bug in the provider; please report it.',
    );
    return undefined;
  }

  try {
    const result = await context.client.groupAccess.set(userId, groupId, access);
    return toState(userId, groupId, result.access);
  } catch (error) {
    const action = `set the access of the user ${userId} to the group ${groupId}`;
    addApiError(context.diagnostics, action, error);
    return undefined;
  }
}

/**
 * `mojohelpdesk_user_group_access`: how much of one group's tickets one user may see. Both ids
 * force replacement; the level updates in place; destroy sets the level back to 0 (no access).
 */
export const userGroupAccessResource: ResourceDefinition<MojoClient> = {
  typeName: 'mojohelpdesk_user_group_access',
  schema: {
    version: 0,
    block: {
      description:
        "Access of one user to one group's (company's) tickets. Destroying it sets the access " +
        'to 0 (none).',
      attributes: {
        id: idAttribute('<user_id>:<group_id>, e.g. 42:7.'),
        user_id: referenceAttribute('Id of the user.'),
        group_id: referenceAttribute('Id of the group (company).'),
        access: {
          type: 'number',
          required: true,
          description:
            "Access to the group's tickets: 0 none, 1 full (view and comment), 2 comment only.",
          validators: [oneOf(0, 1, 2)],
        },
      },
    },
  },

  create: ({ planned }, context) => setLevel(planned, context),

  async read(state, context) {
    const userId = positiveId(state.user_id);
    const groupId = positiveId(state.group_id);
    if (userId === undefined || groupId === undefined) {
      return RESOURCE_GONE;
    }

    try {
      const result = await context.client.groupAccess.get(userId, groupId);
      return toState(userId, groupId, result.access);
    } catch (error) {
      if (isMojoError(error, 'NOT_FOUND')) {
        return RESOURCE_GONE;
      }
      const action = `read the access of the user ${userId} to the group ${groupId}`;
      addApiError(context.diagnostics, action, error);
      return undefined;
    }
  },

  update: ({ planned }, context) => setLevel(planned, context),

  async delete(prior, context) {
    const userId = positiveId(prior.user_id);
    const groupId = positiveId(prior.group_id);
    if (userId === undefined || groupId === undefined) {
      return;
    }

    try {
      await context.client.groupAccess.set(userId, groupId, NO_ACCESS);
    } catch (error) {
      if (!isMojoError(error, 'NOT_FOUND')) {
        const action = `remove the access of the user ${userId} to the group ${groupId}`;
        addApiError(context.diagnostics, action, error);
      }
    }
  },

  async importState(importId, context) {
    const pair = parsePairId(importId, NAMES, context.diagnostics);
    return pair ? { id: pairId(pair[0], pair[1]), user_id: pair[0], group_id: pair[1] } : undefined;
  },
};
