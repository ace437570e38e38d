/**
 * The users, groups and ticket queues a plan knows, so that access changes can name them: by id
 * from the prior state and planned values, and by address through configuration references when
 * the id is known only after apply.
 */
import type { SummarisedChange } from './changes';
import type {
  ConfigExpression,
  ConfigModule,
  ConfigResource,
  JsonValue,
  PlanDocument,
  ResourceChange,
  ResourceValues,
} from './plan-json';
import { moduleResources } from './plan-json';

/** The part an object plays in an access matrix. */
export type ObjectRole = 'user' | 'group' | 'queue';

/** Where the objects of one role come from and which attribute names them. */
interface RoleSource {
  /** Resource and data source types holding objects of the role. */
  readonly types: readonly string[];
  /** The attribute whose value labels an object. */
  readonly labelAttribute: string;
}

const ROLE_SOURCES: Record<ObjectRole, RoleSource> = {
  user: { types: ['mojohelpdesk_user'], labelAttribute: 'email' },
  group: { types: ['mojohelpdesk_group'], labelAttribute: 'name' },
  queue: { types: ['mojohelpdesk_ticket_queue'], labelAttribute: 'name' },
};

/** What the plan does to a known object. */
export type ObjectFate = 'kept' | 'new' | 'replaced' | 'deleted';

/** A user, group or ticket queue the plan knows. */
export interface KnownObject {
  /**
   * Identity in the summary: the address, with ` (before)` added for the prior object of a
   * replace, which is a different object from its replacement.
   */
  readonly key: string;
  readonly role: ObjectRole;
  readonly address: string;
  /** The API id as a string; undefined while it is known only after apply. */
  readonly id?: string;
  /** Email of a user, name of a group or queue; undefined when unknown. */
  readonly label?: string;
  readonly fate: ObjectFate;
}

function roleOfType(type: string): ObjectRole | undefined {
  return (Object.keys(ROLE_SOURCES) as ObjectRole[]).find((role) =>
    ROLE_SOURCES[role].types.includes(type),
  );
}

/** An id value as a string: whole numbers and non-empty strings; undefined otherwise. */
export function idText(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'number' && Number.isFinite(value)) {
    return String(value);
  }
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** Drops instance keys from an address: `module.a["x"].module.b[0]` gives `module.a.module.b`. */
export function withoutInstanceKeys(address: string): string {
  let result = '';
  let depth = 0;
  let quoted = false;
  for (let position = 0; position < address.length; position += 1) {
    const character = address[position];
    if (depth > 0 && character === '\\' && quoted) {
      position += 1;
    } else if (depth > 0 && character === '"') {
      quoted = !quoted;
    } else if (!quoted && character === '[') {
      depth += 1;
    } else if (!quoted && character === ']') {
      depth -= 1;
    } else if (depth === 0) {
      result += character;
    }
  }
  return result;
}

function configResources(
  module: ConfigModule | undefined,
  prefix: string,
): [string, ConfigResource][] {
  if (!module) {
    return [];
  }
  const own = (module.resources ?? []).map((resource): [string, ConfigResource] => [
    `${prefix}${resource.address}`,
    resource,
  ]);
  const nested = Object.entries(module.module_calls ?? {}).flatMap(([name, call]) =>
    configResources(call.module, `${prefix}module.${name}.`),
  );
  return [...own, ...nested];
}

function isExpression(value: unknown): value is ConfigExpression {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** How one object enters the registry. */
interface AddOptions {
  readonly fate: ObjectFate;
  readonly key: string;
  /** True for planned values, false for the prior state. */
  readonly planned: boolean;
  /** Label to use when the values have none (a label known only after apply). */
  readonly fallbackLabel?: string;
}

/** The users, groups and ticket queues of one plan, found by id or by reference. */
export class PlanObjects {
  private readonly byId = new Map<string, KnownObject>();
  private readonly planned: KnownObject[] = [];
  private readonly config = new Map<string, ConfigResource>();

  public constructor(plan: PlanDocument, changes: readonly SummarisedChange[]) {
    const kinds = new Map(changes.map((change) => [change.resource.address, change.kind]));

    for (const resource of moduleResources(plan.prior_state?.values?.root_module)) {
      const kind = kinds.get(resource.address);
      const fate: ObjectFate =
        kind === 'replace' ? 'replaced' : kind === 'delete' ? 'deleted' : 'kept';
      const key = fate === 'replaced' ? `${resource.address} (before)` : resource.address;
      this.add(resource, { fate, key, planned: false });
    }

    for (const resource of moduleResources(plan.planned_values?.root_module)) {
      const kind = kinds.get(resource.address);
      const known = this.findByAddress(resource.address);
      const fate: ObjectFate = kind === 'create' || kind === 'replace' ? 'new' : 'kept';
      this.add(resource, {
        fate,
        key: resource.address,
        planned: true,
        fallbackLabel: known?.label,
      });
    }

    for (const [address, resource] of configResources(plan.configuration?.root_module, '')) {
      this.config.set(address, resource);
    }
  }

  private findByAddress(address: string): KnownObject | undefined {
    return [...this.byId.values()].find((known) => known.address === address);
  }

  private add(resource: ResourceValues, options: AddOptions): void {
    const role = roleOfType(resource.type);
    if (!role) {
      return;
    }

    const values = resource.values ?? {};
    const label = values[ROLE_SOURCES[role].labelAttribute];
    const known: KnownObject = {
      key: options.key,
      role,
      address: resource.address,
      id: idText(values.id),
      label: typeof label === 'string' && label !== '' ? label : options.fallbackLabel,
      fate: options.fate,
    };

    if (known.id !== undefined) {
      this.byId.set(`${role}:${known.id}`, known);
    }
    if (options.planned) {
      this.planned.push(known);
    }
  }

  /** The object of this role with this API id, as it will be after apply when it stays. */
  public findById(role: ObjectRole, id: string): KnownObject | undefined {
    return this.byId.get(`${role}:${id}`);
  }

  /**
   * The planned objects of this role that an attribute of `resource` refers to in the
   * configuration: `user_id = mojohelpdesk_user.alice.id` names mojohelpdesk_user.alice, a
   * reference to a whole resource with count or for_each names all of its instances. Only
   * objects in the same module instance as `resource` count.
   */
  public findByReference(
    role: ObjectRole,
    resource: ResourceChange,
    attribute: string,
  ): KnownObject[] {
    const modulePrefix = resource.module_address ? `${resource.module_address}.` : '';
    const configAddress =
      `${withoutInstanceKeys(modulePrefix)}` +
      `${resource.mode === 'data' ? 'data.' : ''}${resource.type}.${resource.name}`;
    const expression = this.config.get(configAddress)?.expressions?.[attribute];
    const references = isExpression(expression) ? (expression.references ?? []) : [];

    return this.planned.filter((known) => {
      if (known.role !== role || !known.address.startsWith(modulePrefix)) {
        return false;
      }
      const relative = known.address.slice(modulePrefix.length);
      return references.some(
        (reference) =>
          reference === relative ||
          reference.startsWith(`${relative}.`) ||
          relative.startsWith(`${reference}[`),
      );
    });
  }
}
