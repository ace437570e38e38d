import type { AttributePath, Diagnostics } from './diagnostics';
import type { ObjectValue, Value, ValueType } from './values';

/** Checks one known, non-null attribute value and reports problems at its path. */
export interface AttributeValidator {
  /** A sentence describing the rule, for documentation. */
  readonly description: string;
  /** Adds diagnostics for a value that breaks the rule. */
  validate(value: Value, path: AttributePath, diagnostics: Diagnostics): void;
}

/** What a plan modifier sees of one attribute while a change is planned. */
export interface PlanModifierRequest {
  readonly path: AttributePath;
  /** The attribute's value in the prior state; null when the resource is being created. */
  readonly prior: Value;
  /** The attribute's value in the configuration. */
  readonly config: Value;
  /** The value planned so far (possibly unknown). */
  readonly planned: Value;
  /** Whether the resource does not exist yet. */
  readonly creating: boolean;
}

/** What a plan modifier decides for one attribute. */
export interface PlanModifierResponse {
  /** The planned value to keep; the request's planned value when unchanged. */
  readonly planned: Value;
  /** Whether a change of this attribute forces the resource to be replaced. */
  readonly requiresReplace?: boolean;
}

/** Adjusts the planned value of one attribute (keep an id, force replacement, ...). */
export interface PlanModifier {
  readonly description: string;
  modify(request: PlanModifierRequest): PlanModifierResponse;
}

/** One attribute of a schema block. Exactly one of required, optional or computed-only applies. */
export interface AttributeSchema {
  readonly type: ValueType;
  /** What the attribute means, for users and generated documentation. */
  readonly description: string;
  /** The configuration must set the attribute. */
  readonly required?: boolean;
  /** The configuration may set the attribute. */
  readonly optional?: boolean;
  /** The provider sets the attribute (alone: read-only; with optional: default from the API). */
  readonly computed?: boolean;
  /** Terraform hides the value in plans and output. */
  readonly sensitive?: boolean;
  /** The value is used in create/update and never stored in plan or state. */
  readonly writeOnly?: boolean;
  readonly deprecated?: boolean;
  /**
   * The value planned when the configuration leaves the attribute null; needs optional and
   * computed.
   * @default none (the value is unknown until apply, or kept from state)
   */
  readonly default?: Value;
  readonly validators?: readonly AttributeValidator[];
  readonly planModifiers?: readonly PlanModifier[];
}

/** How a nested block repeats: one object, a list, a set or a map of objects. */
export type NestingMode = 'single' | 'group' | 'list' | 'set' | 'map';

/** A nested block inside a schema block. */
export interface NestedBlockSchema {
  readonly nesting: NestingMode;
  readonly block: BlockSchema;
  /** @default 0 */
  readonly minItems?: number;
  /** @default unlimited */
  readonly maxItems?: number;
}

/** A block of attributes and nested blocks (a resource's or provider's top level). */
export interface BlockSchema {
  readonly description?: string;
  readonly attributes: Readonly<Record<string, AttributeSchema>>;
  readonly blocks?: Readonly<Record<string, NestedBlockSchema>>;
  readonly deprecated?: boolean;
}

/** The versioned schema of a resource type, data source or provider configuration. */
export interface Schema {
  /** Bumped when stored state needs upgrading. @default 0 */
  readonly version?: number;
  readonly block: BlockSchema;
}

/** The Terraform value type of a block: an object of its attributes and nested blocks. */
export function blockType(block: BlockSchema): ValueType {
  const attributes: Record<string, ValueType> = {};
  for (const [name, attribute] of Object.entries(block.attributes)) {
    attributes[name] = attribute.type;
  }
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const objectType = blockType(nested.block);
    switch (nested.nesting) {
      case 'single':
      case 'group':
        attributes[name] = objectType;
        break;
      case 'list':
        attributes[name] = ['list', objectType];
        break;
      case 'set':
        attributes[name] = ['set', objectType];
        break;
      case 'map':
        attributes[name] = ['map', objectType];
        break;
    }
  }
  return ['object', attributes];
}

/** An object value of the block with every attribute and nested block null. */
export function nullObject(block: BlockSchema): ObjectValue {
  const value: ObjectValue = {};
  for (const name of Object.keys(block.attributes)) {
    value[name] = null;
  }
  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    value[name] = nested.nesting === 'list' || nested.nesting === 'set' ? [] : null;
  }
  return value;
}
