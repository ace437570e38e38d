import type { MojoClient, TicketQueue, TicketQueueCreateRequest } from '../client';
import { isMojoError } from '../client/errors';
import { addApiError } from '../provider/api-diagnostics';
import {
  integerAtLeast,
  stringLengthBetween,
  useStateForUnknown,
} from '../provider/framework/modifiers';
import { RESOURCE_GONE } from '../provider/framework/resource';
import type {
  DataSourceDefinition,
  OperationContext,
  ResourceDefinition,
} from '../provider/framework/resource';
import type { ObjectValue, Value } from '../provider/framework/values';

/** Prefix that makes an import id a queue name even when the name is all digits. */
const NAME_IMPORT_PREFIX = 'name:';

const DESCRIPTIONS = {
  id: 'Numeric id of the ticket queue in Mojo Helpdesk, as a string.',
  name: 'Name of the ticket queue, as agents see it.',
  emailAlias:
    'Email alias of the queue: mail sent to <alias>@<your helpdesk domain> becomes a ticket in ' +
    'this queue.',
  emailForward: 'Email address that mail arriving for this queue is forwarded to.',
  emailTicketFormId:
    'Id of the ticket form applied to tickets created from email sent to this queue.',
};

/** The ticket queue as Terraform stores it: empty strings from the API are null. */
function toState(queue: TicketQueue): ObjectValue {
  return {
    id: String(queue.id),
    name: queue.name,
    email_alias: queue.email_alias || null,
    email_forward: queue.email_forward || null,
    email_ticket_form_id: queue.email_ticket_form_id ?? null,
  };
}

function text(value: Value | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** The numeric API id of a state's `id`, or undefined when it is not a positive whole number. */
function queueId(state: ObjectValue): number | undefined {
  const id = text(state.id);
  return id && /^[1-9]\d*$/.test(id) ? Number(id) : undefined;
}

/** A create body holding the configured fields only. */
function createBody(config: ObjectValue): TicketQueueCreateRequest {
  return {
    name: String(config.name),
    ...(text(config.email_alias) !== undefined ? { email_alias: text(config.email_alias) } : {}),
    ...(text(config.email_forward) !== undefined
      ? { email_forward: text(config.email_forward) }
      : {}),
    ...(typeof config.email_ticket_form_id === 'number'
      ? { email_ticket_form_id: config.email_ticket_form_id }
      : {}),
  };
}

/**
 * An update body holding the fields that change. A removed email alias or forward is cleared with
 * an empty string (the documented field type), a removed form id with null.
 */
function updateBody(planned: ObjectValue, prior: ObjectValue): Partial<TicketQueueCreateRequest> {
  const body: Record<string, string | number | null> = {};
  if (planned.name !== prior.name) {
    body.name = String(planned.name);
  }
  for (const field of ['email_alias', 'email_forward'] as const) {
    if (planned[field] !== prior[field]) {
      body[field] = text(planned[field]) ?? '';
    }
  }
  if (planned.email_ticket_form_id !== prior.email_ticket_form_id) {
    const formId = planned.email_ticket_form_id;
    body.email_ticket_form_id = typeof formId === 'number' ? formId : null;
  }
  return body as Partial<TicketQueueCreateRequest>;
}

/** Finds the one queue with this name; adds a diagnostic when there is none or several. */
async function findByName(
  name: string,
  context: OperationContext<MojoClient>,
): Promise<TicketQueue | undefined> {
  let queues: TicketQueue[];
  try {
    queues = await context.client.ticketQueues.list();
  } catch (error) {
    addApiError(context.diagnostics, `list ticket queues to find "${name}"`, error);
    return undefined;
  }

  const matches = queues.filter((queue) => queue.name === name);
  if (matches.length === 1) {
    return matches[0];
  }
  context.diagnostics.error(
    matches.length === 0 ? 'Ticket Queue Not Found' : 'Ticket Queue Name Is Ambiguous',
    matches.length === 0
      ? `No ticket queue is named "${name}". Check the name, or import by numeric id.`
      : `${matches.length} ticket queues are named "${name}" (ids ` +
          `${matches.map((queue) => queue.id).join(', ')}). Import by numeric id instead.`,
  );
  return undefined;
}

/**
 * `mojohelpdesk_ticket_queue`: a ticket queue. Every attribute updates in place. Import takes the
 * numeric id, or the queue's name (prefix `name:` for names made of digits only).
 */
export const ticketQueueResource: ResourceDefinition<MojoClient> = {
  typeName: 'mojohelpdesk_ticket_queue',
  schema: {
    version: 0,
    block: {
      description: 'A ticket queue: where tickets arrive and agents pick them up.',
      attributes: {
        id: {
          type: 'string',
          computed: true,
          description: DESCRIPTIONS.id,
          planModifiers: [useStateForUnknown()],
        },
        name: {
          type: 'string',
          required: true,
          description: DESCRIPTIONS.name,
          validators: [stringLengthBetween(1, 255)],
        },
        email_alias: {
          type: 'string',
          optional: true,
          description: DESCRIPTIONS.emailAlias,
          validators: [stringLengthBetween(1, 255)],
        },
        email_forward: {
          type: 'string',
          optional: true,
          description: DESCRIPTIONS.emailForward,
          validators: [stringLengthBetween(3, 255)],
        },
        email_ticket_form_id: {
          type: 'number',
          optional: true,
          description: DESCRIPTIONS.emailTicketFormId,
          validators: [integerAtLeast(1)],
        },
      },
    },
  },

  async create({ config }, context) {
    const body = createBody(config);
    try {
      const queue = await context.client.ticketQueues.create(body);
      context.log.debug('created ticket queue');
      return toState(queue);
    } catch (error) {
      addApiError(context.diagnostics, `create the ticket queue "${body.name}"`, error);
      return undefined;
    }
  },

  async read(state, context) {
    const id = queueId(state);
    if (id === undefined) {
      return RESOURCE_GONE;
    }

    try {
      return toState(await context.client.ticketQueues.get(id));
    } catch (error) {
      if (isMojoError(error, 'NOT_FOUND')) {
        return RESOURCE_GONE;
      }
      addApiError(context.diagnostics, `read the ticket queue ${id}`, error);
      return undefined;
    }
  },

  async update({ planned, prior }, context) {
    const id = queueId(prior);
    if (id === undefined) {
      context.diagnostics.error(
        'Invalid Ticket Queue Id',
        `The stored id ${JSON.stringify(prior.id)} is not a ticket queue id. ` +
          'Remove the resource ' +
          'from state and import it again.',
        ['id'],
      );
      return undefined;
    }

    try {
      const body = updateBody(planned, prior);
      const queue =
        Object.keys(body).length > 0
          ? await context.client.ticketQueues.update(id, body)
          : await context.client.ticketQueues.get(id);
      return toState(queue);
    } catch (error) {
      addApiError(context.diagnostics, `update the ticket queue ${id}`, error);
      return undefined;
    }
  },

  async delete(prior, context) {
    const id = queueId(prior);
    if (id === undefined) {
      return;
    }
    try {
      await context.client.ticketQueues.delete(id, { ignoreMissing: true });
    } catch (error) {
      addApiError(context.diagnostics, `delete the ticket queue ${id}`, error);
    }
  },

  async importState(importId, context) {
    const trimmed = importId.trim();
    if (/^[1-9]\d*$/.test(trimmed)) {
      return { id: trimmed };
    }

    const name = trimmed.startsWith(NAME_IMPORT_PREFIX)
      ? trimmed.slice(NAME_IMPORT_PREFIX.length)
      : trimmed;
    const queue = await findByName(name, context);
    return queue ? toState(queue) : undefined;
  },
};

/** `mojohelpdesk_ticket_queue` data source: one existing ticket queue, by id or by name. */
export const ticketQueueDataSource: DataSourceDefinition<MojoClient> = {
  typeName: 'mojohelpdesk_ticket_queue',
  schema: {
    block: {
      description: 'Looks up an existing ticket queue by id or by name.',
      attributes: {
        id: { type: 'string', optional: true, computed: true, description: DESCRIPTIONS.id },
        name: { type: 'string', optional: true, computed: true, description: DESCRIPTIONS.name },
        email_alias: { type: 'string', computed: true, description: DESCRIPTIONS.emailAlias },
        email_forward: { type: 'string', computed: true, description: DESCRIPTIONS.emailForward },
        email_ticket_form_id: {
          type: 'number',
          computed: true,
          description: DESCRIPTIONS.emailTicketFormId,
        },
      },
    },
  },

  validateConfig(config, diagnostics) {
    if (config.id === null && config.name === null) {
      diagnostics.error(
        'Missing Ticket Queue Selector',
        'Set either id or name to choose the ticket queue to look up.',
      );
    }
  },

  async read(config, context) {
    const id = queueId(config);
    if (id === undefined) {
      const queue = await findByName(String(config.name), context);
      return queue ? toState(queue) : undefined;
    }
    try {
      return toState(await context.client.ticketQueues.get(id));
    } catch (error) {
      addApiError(context.diagnostics, `read the ticket queue ${id}`, error, ['id']);
      return undefined;
    }
  },
};
