import type { MojoClient } from '../client';
import { addApiError } from '../provider/api-diagnostics';
import type { DataSourceDefinition } from '../provider/framework/resource';
import type { ObjectValue, ValueType } from '../provider/framework/values';

/** A read-only collection reported whole by a data source. */
export interface ListingSource<T> {
  /** The Terraform type name, `mojohelpdesk_<things>`. */
  readonly typeName: string;
  /** The objects' name in messages, in lower case plural: `teams`. */
  readonly nouns: string;
  /** What the data source reports, for users and generated documentation. */
  readonly description: string;
  /** The list attribute holding the objects, such as `teams`. */
  readonly attribute: string;
  /** What one element of the list holds, in words, for the attribute's description. */
  readonly elementDescription: string;
  /** The attribute types of one element. */
  readonly element: Readonly<Record<string, ValueType>>;
  /** Every object, all pages read. */
  list(client: MojoClient): Promise<readonly T[]>;
  /** One object as an element of the list. */
  elementOf(object: T): ObjectValue;
}

/**
 * A data source that reports every object of a collection, in the service's order, as a list
 * attribute of objects. It reads every page of the list on each refresh.
 */
export function listingDataSource<T>(source: ListingSource<T>): DataSourceDefinition<MojoClient> {
  return {
    typeName: source.typeName,
    schema: {
      block: {
        description: source.description,
        attributes: {
          [source.attribute]: {
            type: ['list', ['object', source.element]],
            computed: true,
            description: source.elementDescription,
          },
        },
      },
    },

    async read(_config, context) {
      try {
        const objects = await source.list(context.client);
        return { [source.attribute]: objects.map((object) => source.elementOf(object)) };
      } catch (error) {
        addApiError(context.diagnostics, `list the ${source.nouns}`, error);
        return undefined;
      }
    },
  };
}
