import type { HierarchyApi, HierarchyNode, MojoClient } from '../client';
import { apiObjectResource } from './api-object';
import type { ApiObjectType } from './api-object';
import type { ResourceDefinition } from '../provider/framework/resource';

/** What tells the asset hierarchies (asset types, departments, locations) apart. */
export interface HierarchyKind {
  /** The Terraform type name, `mojohelpdesk_<thing>`. */
  readonly typeName: string;
  /** The node's name in messages, in lower case: `location`. */
  readonly noun: string;
  /** What the resource is, for users and generated documentation. */
  readonly description: string;
  /** The client collection of the hierarchy. */
  operations(client: MojoClient): HierarchyApi;
}

/**
 * The resource of one asset hierarchy: a node with a name, a description, an optional parent of
 * the same kind (a tree through `parent_id`) and a position among its siblings. Names repeat
 * across branches, so import takes the numeric id only.
 */
export function hierarchyResource(kind: HierarchyKind): ResourceDefinition<MojoClient> {
  const { noun } = kind;
  const type: ApiObjectType<HierarchyNode> = {
    ...kind,
    fields: {
      name: { kind: 'text', required: true, description: `Name of the ${noun}.` },
      description: {
        kind: 'text',
        maxLength: 65535,
        description: `Description of the ${noun}.`,
      },
      parent_id: {
        kind: 'id',
        description: `Id of the parent ${noun}; unset for a ${noun} at the top of the tree.`,
      },
      position: {
        kind: 'integer',
        serverDefault: true,
        description: `Order of the ${noun} among its siblings, from 0; the service fills it.`,
      },
    },
  };
  return apiObjectResource(type);
}
