import type { MojoClient, RoleId, User, UserCreateRequest, UserUpdateRequest } from '../client';
import { idAttribute, positiveId } from './access-support';
import { isMojoError } from '../client/errors';
import { addApiError } from '../provider/api-diagnostics';
import type { Diagnostics } from '../provider/framework/diagnostics';
import {
  integerAtLeast,
  oneOf,
  requiresReplace,
  stringLengthBetween,
  stringMatches,
} from '../provider/framework/modifiers';
import { RESOURCE_GONE } from '../provider/framework/resource';
import type {
  DataSourceDefinition,
  OperationContext,
  ResourceDefinition,
} from '../provider/framework/resource';
import type { AttributeSchema, AttributeValidator } from '../provider/framework/schema';
import { isUnknown } from '../provider/framework/values';
import type { ObjectValue, Value } from '../provider/framework/values';

/** Role ids the API documents, from regular user (10) to account owner (40). */
const ROLE_IDS: readonly RoleId[] = [10, 15, 20, 30, 35, 40];

/** The role a user gets when none is sent. */
const DEFAULT_ROLE: RoleId = 10;

/** The shortest password the default account security policy accepts. */
export const MIN_PASSWORD_LENGTH = 8;

const MAX_PASSWORD_LENGTH = 128;

/** Longest text the provider sends for notes; the API documents no limit. */
const MAX_NOTES_LENGTH = 65_535;

const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

/** Text fields of a user, in the order the API documents them, with their length limits. */
const TEXT_FIELDS = {
  first_name: 45,
  last_name: 45,
  work_phone: 30,
  cell_phone: 30,
  home_phone: 30,
  user_notes: MAX_NOTES_LENGTH,
} as const;

type TextField = keyof typeof TEXT_FIELDS;

const TEXT_FIELD_NAMES = Object.keys(TEXT_FIELDS) as TextField[];

const DESCRIPTIONS = {
  id: 'Numeric id of the user in Mojo Helpdesk, as a string.',
  email:
    'Email address of the user, unique within the account. Mojo Helpdesk cannot change it: a ' +
    'different email means a different user, so changing it replaces the user.',
  first_name: 'First name of the user (at most 45 characters).',
  last_name: 'Last name of the user (at most 45 characters).',
  work_phone: 'Work phone number (at most 30 characters).',
  cell_phone: 'Cell phone number (at most 30 characters).',
  home_phone: 'Home phone number (at most 30 characters).',
  user_notes: 'Notes about the user.',
  company_id:
    'Id of the group (company) the user belongs to. When not set, Mojo Helpdesk chooses the ' +
    "account's default and the provider records its choice.",
  is_active: 'Whether the user account is active. Defaults to true.',
  role_id:
    'Role of the user: 10 regular user (the default), 15 restricted technician, 20 technician, ' +
    '30 manager, 35 administrator, 40 account owner. Agents are the roles from 15 up.',
  password:
    `Password of the user, at least ${MIN_PASSWORD_LENGTH} characters (the default account ` +
    'policy; yours may ask for more). Write-only: never stored in plan or state. It is sent ' +
    'when the user is created and whenever password_version changes; changing only the ' +
    'password changes nothing. When never set, Mojo Helpdesk generates a password.',
  password_version:
    'Any label of the password (a counter, a date, the secret manager version); change it to ' +
    'send the password again. Needs password.',
};

function text(value: Value | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/** Whether two emails name the same user: Mojo Helpdesk compares them without case. */
function sameEmail(left: Value | undefined, right: string | undefined): boolean {
  return typeof left === 'string' && left.toLowerCase() === (right ?? '').toLowerCase();
}

/**
 * The user as Terraform stores it. Empty strings from the API are null; the email keeps the
 * spelling of the prior state when it only differs in case; the password version is not known
 * to the API and comes from the prior state.
 */
function toState(user: User, prior: ObjectValue = {}): ObjectValue {
  const state: ObjectValue = {
    id: String(user.id),
    email: sameEmail(prior.email, user.email) ? (prior.email as string) : (user.email ?? null),
  };
  for (const field of TEXT_FIELD_NAMES) {
    state[field] = user[field] || null;
  }
  state.company_id = user.company_id ?? null;
  state.is_active = user.is_active ?? true;
  state.role_id = user.role_id ?? DEFAULT_ROLE;
  state.password = null;
  state.password_version = text(prior.password_version) ?? null;
  return state;
}

/** A create body holding the configured fields, the write-only password included. */
function createBody(config: ObjectValue): UserCreateRequest {
  const body: Record<string, string | number | boolean> = { email: String(config.email) };
  for (const field of TEXT_FIELD_NAMES) {
    const value = text(config[field]);
    if (value !== undefined) {
      body[field] = value;
    }
  }
  for (const field of ['company_id', 'role_id', 'is_active'] as const) {
    const value = config[field];
    if (typeof value === 'number' || typeof value === 'boolean') {
      body[field] = value;
    }
  }
  const password = text(config.password);
  if (password !== undefined) {
    body.password = password;
  }
  return body as unknown as UserCreateRequest;
}

/**
 * An update body holding the fields that change. A removed text field is cleared with an empty
 * string (the documented type); a computed field left unknown in the plan is not sent. The
 * password goes along when password_version changes.
 */
function updateBody(
  config: ObjectValue,
  planned: ObjectValue,
  prior: ObjectValue,
): UserUpdateRequest {
  const body: Record<string, string | number | boolean> = {};
  for (const field of TEXT_FIELD_NAMES) {
    if (planned[field] !== prior[field]) {
      body[field] = text(planned[field]) ?? '';
    }
  }
  for (const field of ['company_id', 'role_id', 'is_active'] as const) {
    const value = planned[field];
    if (value !== prior[field] && (typeof value === 'number' || typeof value === 'boolean')) {
      body[field] = value;
    }
  }
  const password = text(config.password);
  if (planned.password_version !== prior.password_version && password !== undefined) {
    body.password = password;
  }
  return body as UserUpdateRequest;
}

/** The numeric id of a state, or a diagnostic saying the state must be imported again. */
function storedUserId(state: ObjectValue, diagnostics: Diagnostics): number | undefined {
  const id = positiveId(state.id);
  if (id === undefined) {
    diagnostics.error(
      'Invalid User Id',
      `The stored id ${JSON.stringify(state.id)} is not a user id. Remove the resource from ` +
        'state and import it again.',
      ['id'],
    );
  }
  return id;
}

/** Looks a user up by id or by email; adds a diagnostic and returns undefined on failure. */
async function lookUp(
  selector: { readonly id?: number; readonly email?: string },
  context: OperationContext<MojoClient>,
): Promise<User | undefined> {
  const { id, email } = selector;
  try {
    return id !== undefined
      ? await context.client.users.get(id)
      : await context.client.users.getByEmail(String(email));
  } catch (error) {
    if (isMojoError(error, 'NOT_FOUND')) {
      context.diagnostics.error(
        'User Not Found',
        id !== undefined
          ? `Mojo Helpdesk has no user with id ${id}. Check the id.`
          : `Mojo Helpdesk has no user with the email ${JSON.stringify(email)}. Check the email.`,
        [id !== undefined ? 'id' : 'email'],
      );
      return undefined;
    }
    addApiError(context.diagnostics, `read the user ${id ?? JSON.stringify(email)}`, error);
    return undefined;
  }
}

function textAttribute(field: TextField): AttributeSchema {
  return {
    type: 'string',
    optional: true,
    description: DESCRIPTIONS[field],
    validators: [stringLengthBetween(1, TEXT_FIELDS[field])],
  };
}

/** Checks the password's length without ever repeating the password in the diagnostic. */
const passwordLength: AttributeValidator = {
  description: `Must be between ${MIN_PASSWORD_LENGTH} and ${MAX_PASSWORD_LENGTH} characters long.`,
  validate: (value, path, diagnostics) => {
    const length = typeof value === 'string' ? [...value].length : -1;
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      diagnostics.error(
        'Invalid Password',
        `password must be between ${MIN_PASSWORD_LENGTH} and ${MAX_PASSWORD_LENGTH} characters ` +
          `long; the configured one has ${length}. Change the password.`,
        path,
      );
    }
  },
};

const emailValidators = [
  stringLengthBetween(6, 255),
  stringMatches(EMAIL, 'be an email address such as agent@example.com'),
];

/**
 * `mojohelpdesk_user`: a user (requester or agent). The email is the user's identity and
 * changing it replaces the user; the password is write-only. Import takes the numeric id or the
 * email.
 */
export const userResource: ResourceDefinition<MojoClient> = {
  typeName: 'mojohelpdesk_user',
  schema: {
    version: 0,
    block: {
      description: 'A Mojo Helpdesk user: a requester (role 10) or an agent (role 15 and above).',
      attributes: {
        id: idAttribute(DESCRIPTIONS.id),
        email: {
          type: 'string',
          required: true,
          description: DESCRIPTIONS.email,
          validators: emailValidators,
          planModifiers: [requiresReplace()],
        },
        ...Object.fromEntries(TEXT_FIELD_NAMES.map((field) => [field, textAttribute(field)])),
        company_id: {
          type: 'number',
          optional: true,
          computed: true,
          description: DESCRIPTIONS.company_id,
          validators: [integerAtLeast(1)],
        },
        is_active: {
          type: 'bool',
          optional: true,
          computed: true,
          default: true,
          description: DESCRIPTIONS.is_active,
        },
        role_id: {
          type: 'number',
          optional: true,
          computed: true,
          default: DEFAULT_ROLE,
          description: DESCRIPTIONS.role_id,
          validators: [oneOf(...ROLE_IDS)],
        },
        password: {
          type: 'string',
          optional: true,
          sensitive: true,
          writeOnly: true,
          description: DESCRIPTIONS.password,
          validators: [passwordLength],
        },
        password_version: {
          type: 'string',
          optional: true,
          description: DESCRIPTIONS.password_version,
        },
      },
    },
  },

  validateConfig(config, diagnostics) {
    const version = config.password_version;
    if (version !== null && !isUnknown(version) && config.password === null) {
      diagnostics.error(
        'Password Version Without Password',
        'password_version says when to send the password again, but no password is set. Set ' +
          'password as well, or remove password_version.',
        ['password_version'],
      );
    }
  },

  async create({ config }, context) {
    const body = createBody(config);
    try {
      const user = await context.client.users.create(body);
      context.log.debug('created user');
      return toState(user, config);
    } catch (error) {
      addApiError(context.diagnostics, `create the user ${JSON.stringify(body.email)}`, error);
      return undefined;
    }
  },

  async read(state, context) {
    const id = positiveId(state.id);
    if (id === undefined) {
      return RESOURCE_GONE;
    }

    try {
      return toState(await context.client.users.get(id), state);
    } catch (error) {
      if (isMojoError(error, 'NOT_FOUND')) {
        return RESOURCE_GONE;
      }
      addApiError(context.diagnostics, `read the user ${id}`, error);
      return undefined;
    }
  },

  async update({ config, planned, prior }, context) {
    const id = storedUserId(prior, context.diagnostics);
    if (id === undefined) {
      return undefined;
    }

    try {
      const body = updateBody(config, planned, prior);
      const user =
        Object.keys(body).length > 0
          ? await context.client.users.update(id, body)
          : await context.client.users.get(id);
      return toState(user, planned);
    } catch (error) {
      addApiError(context.diagnostics, `update the user ${id}`, error);
      return undefined;
    }
  },

  async delete(prior, context) {
    const id = positiveId(prior.id);
    if (id === undefined) {
      return;
    }
    try {
      await context.client.users.delete(id, { ignoreMissing: true });
    } catch (error) {
      addApiError(context.diagnostics, `delete the user ${id}`, error);
    }
  },

  async importState(importId, context) {
    const trimmed = importId.trim();
    const id = positiveId(trimmed);
    if (id !== undefined) {
      return { id: String(id) };
    }
    if (!trimmed.includes('@')) {
      context.diagnostics.error(
        'Invalid Import Id',
        `Import a user by its numeric id or by its email; got ${JSON.stringify(importId)}.`,
      );
      return undefined;
    }

    const user = await lookUp({ email: trimmed }, context);
    return user ? toState(user) : undefined;
  },
};

/** The user data source's attributes: the resource's, all computed, password excluded. */
function dataSourceAttributes(): Record<string, AttributeSchema> {
  const attributes: Record<string, AttributeSchema> = {
    id: { type: 'string', optional: true, computed: true, description: DESCRIPTIONS.id },
    email: {
      type: 'string',
      optional: true,
      computed: true,
      description: 'Email address of the user; Mojo Helpdesk ignores case when looking it up.',
      validators: emailValidators,
    },
  };
  for (const field of TEXT_FIELD_NAMES) {
    attributes[field] = { type: 'string', computed: true, description: DESCRIPTIONS[field] };
  }
  attributes.company_id = { type: 'number', computed: true, description: DESCRIPTIONS.company_id };
  attributes.is_active = { type: 'bool', computed: true, description: DESCRIPTIONS.is_active };
  attributes.role_id = { type: 'number', computed: true, description: DESCRIPTIONS.role_id };
  return attributes;
}

/** `mojohelpdesk_user` data source: one existing user, by id or by email. */
export const userDataSource: DataSourceDefinition<MojoClient> = {
  typeName: 'mojohelpdesk_user',
  schema: {
    block: {
      description: 'Looks up an existing user by id or by email.',
      attributes: dataSourceAttributes(),
    },
  },

  validateConfig(config, diagnostics) {
    if (config.id === null && config.email === null) {
      diagnostics.error(
        'Missing User Selector',
        'Set either id or email to choose the user to look up.',
      );
    }
    if (config.id !== null && !isUnknown(config.id) && positiveId(config.id) === undefined) {
      diagnostics.error(
        'Invalid User Id',
        `id must be a positive whole number; the configuration sets ${JSON.stringify(config.id)}.`,
        ['id'],
      );
    }
  },

  async read(config, context) {
    const id = positiveId(config.id);
    const user = await lookUp(id !== undefined ? { id } : { email: text(config.email) }, context);
    if (!user) {
      return undefined;
    }

    const state = toState(user, config);
    delete state.password;
    delete state.password_version;
    return state;
  },
};
