/**
 * "API object" resources and look-ups: Mojo configuration objects that the API lists, reads,
 * creates, updates and deletes by numeric id. A resource file declares its fields and its client
 * operations; this module gives it create, read (drift and "gone"), update, delete and import,
 * and gives read-only collections a data source that finds one object by id or by name.
 */
import type { DeleteOptions, MojoClient } from '../client';
import {
  attributeOf,
  attributesOf,
  computedAttributeOf,
  createBody,
  isObjectId,
  objectIdOf,
  stateOf,
  updateBody,
} from './api-fields';
import type { ApiFields } from './api-fields';
import { isMojoError } from '../client/errors';
import { addApiError } from '../provider/api-diagnostics';
import type { Diagnostics } from '../provider/framework/diagnostics';
import { useStateForUnknown } from '../provider/framework/modifiers';
import { RESOURCE_GONE } from '../provider/framework/resource';
import type {
  DataSourceDefinition,
  OperationContext,
  ResourceDefinition,
} from '../provider/framework/resource';
import type { AttributeSchema, AttributeValidator } from '../provider/framework/schema';
import { isUnknown } from '../provider/framework/values';
import type { ObjectValue } from '../provider/framework/values';

/** Every Mojo object carries a numeric id. */
export interface Identified {
  readonly id: number;
}

/** The client calls an API object resource needs; the client's CRUD collections fit it. */
export interface ApiObjectOperations<T extends Identified> {
  /** Every object, all pages read. */
  list(): Promise<T[]>;
  /** The object with this id; rejects with NOT_FOUND when there is none. */
  get(id: number): Promise<T>;
  /** Creates the object from a body of documented fields. */
  create(body: never): Promise<T>;
  /** Changes the fields present in the body. */
  update(id: number, body: never): Promise<T>;
  /** Deletes the object; with `ignoreMissing`, an object already gone counts as deleted. */
  delete(id: number, options: DeleteOptions): Promise<boolean>;
}

/** A Mojo object type managed as a Terraform resource. */
export interface ApiObjectType<T extends Identified> {
  /** The Terraform type name, `mojohelpdesk_<thing>`. */
  readonly typeName: string;
  /** The object's name in messages, in lower case: `tag`, `asset status`. */
  readonly noun: string;
  /** What the resource is, for users and generated documentation. */
  readonly description: string;
  /** The writable API fields, each one an attribute of the same name. */
  readonly fields: ApiFields;
  /**
   * The field people know an object by (`name`, `label`) when the service keeps it unique:
   * import then also takes it, and the look-up data source searches by it.
   * @default none (import by id only)
   */
  readonly key?: string;
  /**
   * Whether the key only matches exactly: no second try without regard to case and surrounding
   * spaces, in import and in the look-up data source.
   * @default false
   */
  readonly exactKey?: boolean;
  /**
   * Validators that replace the ones a field's kind gives, by field name: for a field the service
   * bounds more tightly than its kind does.
   * @default none
   */
  readonly validators?: Readonly<Record<string, readonly AttributeValidator[]>>;
  /** The client collection of the type. */
  operations(client: MojoClient): ApiObjectOperations<T>;
  /** Checks across attributes, beyond the per-attribute validators (values may be unknown). */
  validateConfig?(config: ObjectValue, diagnostics: Diagnostics): void;
}

type Context = OperationContext<MojoClient>;

/** The computed `id` attribute every resource has. */
function idAttribute(noun: string): AttributeSchema {
  return {
    type: 'string',
    computed: true,
    description: `Numeric id of the ${noun} in Mojo Helpdesk, as a string.`,
    planModifiers: [useStateForUnknown()],
  };
}

/** Text naming an object in messages: `tag "Bug"` or `tag 12`. */
function named(noun: string, key: string | undefined, values: ObjectValue): string {
  const keyValue = key ? values[key] : null;
  if (typeof keyValue === 'string') {
    return `${noun} "${keyValue}"`;
  }
  return typeof values.id === 'string' ? `${noun} ${values.id}` : noun;
}

function titleCase(noun: string): string {
  return noun.replace(/(^|\s)\S/g, (letter) => letter.toUpperCase());
}

/**
 * Picks the one object whose `key` field equals `wanted`; when none equals it exactly and `exact`
 * is false, the one that equals it without regard to case and surrounding spaces. Adds a
 * diagnostic (at `path`, when given) and answers undefined when there is none or more than one.
 */
export function pickByKey<T extends Identified>(
  objects: readonly T[],
  key: string,
  wanted: string,
  noun: string,
  diagnostics: Diagnostics,
  path?: readonly string[],
  exact = false,
): T | undefined {
  const keyOf = (object: T) => (object as unknown as Record<string, unknown>)[key];
  const folded = wanted.trim().toLowerCase();
  let matches = objects.filter((object) => keyOf(object) === wanted);
  if (matches.length === 0 && !exact) {
    matches = objects.filter((object) => {
      const value = keyOf(object);
      return typeof value === 'string' && value.trim().toLowerCase() === folded;
    });
  }
  if (matches.length === 1) {
    return matches[0];
  }

  const title = titleCase(noun);
  diagnostics.error(
    matches.length === 0 ? `${title} Not Found` : `${title} ${titleCase(key)} Is Ambiguous`,
    matches.length === 0
      ? `No ${noun} has the ${key} "${wanted}". Check the spelling, or use the numeric id.`
      : `${matches.length} objects of type ${noun} have the ${key} "${wanted}" (ids ` +
          `${matches.map((object) => object.id).join(', ')}). Use the numeric id instead.`,
    path,
  );
  return undefined;
}

/** Lists every object and picks the one with this key; diagnostics on failure. */
async function findByKey<T extends Identified>(
  list: () => Promise<readonly T[]>,
  key: string,
  wanted: string,
  noun: string,
  context: Context,
  path?: readonly string[],
  exact = false,
): Promise<T | undefined> {
  let objects: readonly T[];
  try {
    objects = await list();
  } catch (error) {
    addApiError(context.diagnostics, `list every ${noun} to find the ${key} "${wanted}"`, error);
    return undefined;
  }
  return pickByKey(objects, key, wanted, noun, context.diagnostics, path, exact);
}

/** The attributes of the type's fields, with the type's own validators where it gives some. */
function fieldAttributes<T extends Identified>(
  type: ApiObjectType<T>,
): Record<string, AttributeSchema> {
  const attributes = attributesOf(type.fields, attributeOf);
  for (const [name, validators] of Object.entries(type.validators ?? {})) {
    attributes[name] = { ...attributes[name], validators };
  }
  return attributes;
}

/** Reports a stored id that is not an object id (a hand-edited state). */
function invalidStoredId(noun: string, state: ObjectValue, diagnostics: Diagnostics): void {
  diagnostics.error(
    `Invalid ${titleCase(noun)} Id`,
    `The stored id ${JSON.stringify(state.id)} is not a ${noun} id. Remove the resource from ` +
      'state and import it again.',
    ['id'],
  );
}

/**
 * The resource of an API object type: every attribute updates in place; a read of an object
 * deleted outside Terraform plans its re-creation; import takes the numeric id, or the key
 * (prefix `<key>:` for a key made of digits only) when the type has one.
 */
export function apiObjectResource<T extends Identified>(
  type: ApiObjectType<T>,
): ResourceDefinition<MojoClient> {
  const { fields, key, noun } = type;
  const api = (context: Context) => type.operations(context.client);

  return {
    typeName: type.typeName,
    schema: {
      version: 0,
      block: {
        description: type.description,
        attributes: { id: idAttribute(noun), ...fieldAttributes(type) },
      },
    },
    validateConfig: type.validateConfig?.bind(type),

    async create({ config }, context) {
      try {
        const created = await api(context).create(createBody(fields, config) as never);
        context.log.debug(`created ${noun}`);
        return stateOf(fields, created);
      } catch (error) {
        addApiError(context.diagnostics, `create the ${named(noun, key, config)}`, error);
        return undefined;
      }
    },

    async read(state, context) {
      const id = objectIdOf(state);
      if (id === undefined) {
        return RESOURCE_GONE;
      }

      try {
        return stateOf(fields, await api(context).get(id));
      } catch (error) {
        if (isMojoError(error, 'NOT_FOUND')) {
          return RESOURCE_GONE;
        }
        addApiError(context.diagnostics, `read the ${noun} ${id}`, error);
        return undefined;
      }
    },

    async update({ planned, prior }, context) {
      const id = objectIdOf(prior);
      if (id === undefined) {
        invalidStoredId(noun, prior, context.diagnostics);
        return undefined;
      }

      const body = updateBody(fields, planned, prior);
      try {
        const updated =
          Object.keys(body).length > 0
            ? await api(context).update(id, body as never)
            : await api(context).get(id);
        return stateOf(fields, updated);
      } catch (error) {
        addApiError(context.diagnostics, `update the ${noun} ${id}`, error);
        return undefined;
      }
    },

    async delete(prior, context) {
      const id = objectIdOf(prior);
      if (id === undefined) {
        return;
      }

      try {
        await api(context).delete(id, { ignoreMissing: true });
      } catch (error) {
        addApiError(context.diagnostics, `delete the ${noun} ${id}`, error);
      }
    },

    async importState(importId, context) {
      const trimmed = importId.trim();
      if (isObjectId(trimmed)) {
        return { id: trimmed };
      }
      if (!key) {
        context.diagnostics.error(
          `Invalid ${titleCase(noun)} Import Id`,
          `"${importId}" is not a ${noun} id. Import takes the numeric id of the ${noun}.`,
        );
        return undefined;
      }

      const prefix = `${key}:`;
      const wanted = trimmed.startsWith(prefix) ? trimmed.slice(prefix.length) : trimmed;
      const list = () => api(context).list();
      const found = await findByKey(list, key, wanted, noun, context, undefined, type.exactKey);
      return found ? stateOf(fields, found) : undefined;
    },
  };
}

/** A read-only collection a look-up data source searches. */
export interface LookupSource<T extends Identified> {
  /** The Terraform type name, `mojohelpdesk_<thing>`. */
  readonly typeName: string;
  /** The object's name in messages, in lower case. */
  readonly noun: string;
  /** What the data source finds, for users and generated documentation. */
  readonly description: string;
  /** The field searched besides the id (`name`, `label`). */
  readonly key: string;
  /** What the key attribute means. */
  readonly keyDescription: string;
  /**
   * The whole descriptions of the id and key attributes.
   * @default composed from the noun and keyDescription, with a word on which one to set
   */
  readonly selectorDescriptions?: { readonly id: string; readonly key: string };
  /**
   * Whether id and the key may both be set, the id then choosing the object; otherwise exactly
   * one of them must be set.
   * @default false
   */
  readonly allowIdWithKey?: boolean;
  /**
   * Whether the key only matches exactly, never without regard to case and surrounding spaces.
   * @default false
   */
  readonly exactKey?: boolean;
  /** The attributes reported besides `id` and the key, all computed. */
  readonly attributes: Readonly<Record<string, AttributeSchema>>;
  /**
   * Whether a listed object lacks attributes only `get` returns: the object found by key is then
   * read again by id.
   * @default false
   */
  readonly listIsSummary?: boolean;
  /** Every object, all pages read. */
  list(client: MojoClient): Promise<readonly T[]>;
  /** One object by id, possibly with more detail than the list gives. */
  get(client: MojoClient, id: number): Promise<T>;
  /** The data source's state for the object found (`id` and key included). */
  stateOf(object: T): ObjectValue;
}

/**
 * A data source that finds one object by `id` or by its key; exactly one of them must be set,
 * unless the source allows both. Search by key reads every page of the list.
 */
export function lookupDataSource<T extends Identified>(
  source: LookupSource<T>,
): DataSourceDefinition<MojoClient> {
  const { key, noun } = source;
  const title = titleCase(noun);

  return {
    typeName: source.typeName,
    schema: {
      block: {
        description: source.description,
        attributes: {
          ...source.attributes,
          id: {
            type: 'string',
            optional: true,
            computed: true,
            description:
              source.selectorDescriptions?.id ??
              `Numeric id of the ${noun}, as a string. Set it or ${key}.`,
          },
          [key]: {
            type: 'string',
            optional: true,
            computed: true,
            description:
              source.selectorDescriptions?.key ??
              `${source.keyDescription} Set it, or id, to choose the ${noun}.`,
          },
        },
      },
    },

    validateConfig(config, diagnostics) {
      const id = config.id ?? null;
      const keyValue = config[key] ?? null;
      if (source.allowIdWithKey && id === null && keyValue === null) {
        diagnostics.error(
          `Missing ${title} Selector`,
          `Set either id or ${key} to choose the ${noun} to look up.`,
        );
      }
      if (!source.allowIdWithKey && (id === null) === (keyValue === null)) {
        diagnostics.error(
          `Choose One ${title}`,
          `Set exactly one of id and ${key} to choose the ${noun} to look up.`,
        );
      }
      if (typeof id === 'string' && !isUnknown(id) && !isObjectId(id.trim())) {
        diagnostics.error(
          `Invalid ${title} Id`,
          `id must be the numeric id of a ${noun}; the configuration sets "${id}".`,
          ['id'],
        );
      }
    },

    async read(config, context) {
      const id = objectIdOf(config);
      if (id !== undefined) {
        try {
          return source.stateOf(await source.get(context.client, id));
        } catch (error) {
          addApiError(context.diagnostics, `read the ${noun} ${id}`, error, ['id']);
          return undefined;
        }
      }

      const wanted = String(config[key]);
      const list = () => source.list(context.client);
      const found = await findByKey(list, key, wanted, noun, context, [key], source.exactKey);
      if (!found || !source.listIsSummary) {
        return found ? source.stateOf(found) : undefined;
      }
      try {
        return source.stateOf(await source.get(context.client, found.id));
      } catch (error) {
        addApiError(context.diagnostics, `read the ${noun} ${found.id}`, error, [key]);
        return undefined;
      }
    },
  };
}

/** What an API object type's look-up may choose beyond what the type says. */
export type LookupOptions = Pick<
  LookupSource<Identified>,
  'selectorDescriptions' | 'allowIdWithKey'
>;

/** The look-up data source of an API object type that has a key: the same name and fields. */
export function apiObjectLookup<T extends Identified>(
  type: ApiObjectType<T> & { readonly key: string },
  options: LookupOptions = {},
): DataSourceDefinition<MojoClient> {
  const { [type.key]: keyField, ...others } = type.fields;
  return lookupDataSource<T>({
    typeName: type.typeName,
    noun: type.noun,
    description: `Looks up an existing ${type.noun} by id or by ${type.key}.`,
    key: type.key,
    keyDescription: keyField.description,
    attributes: attributesOf(others, computedAttributeOf),
    list: (client) => type.operations(client).list(),
    get: (client, id) => type.operations(client).get(id),
    stateOf: (object) => stateOf(type.fields, object),
    exactKey: type.exactKey,
    ...options,
  });
}
