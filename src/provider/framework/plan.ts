import { Diagnostics, formatPath } from './diagnostics';
import type { AttributePath } from './diagnostics';
import type { BlockSchema, NestedBlockSchema } from './schema';
import {
  UNKNOWN,
  cloneValue,
  containsUnknown,
  isObjectValue,
  isUnknown,
  valuesEqual,
} from './values';
import type { ObjectValue, Value } from './values';

/** The outcome of planning a change to one resource instance. */
export interface PlannedChange {
  /** The planned state; null when the resource is planned for destruction. */
  readonly planned: ObjectValue | null;
  /** Paths of attributes whose change forces the resource to be replaced. */
  readonly requiresReplace: AttributePath[];
}

/**
 * Plans a change the way the framework promises: write-only attributes never planned, defaults
 * for unset optional computed attributes, computed attributes unknown when the resource is new or
 * changes, then each attribute's plan modifiers.
 */
export function planChange(
  block: BlockSchema,
  prior: ObjectValue | null,
  proposed: ObjectValue | null,
  config: ObjectValue | null,
): PlannedChange {
  if (proposed === null) {
    return { planned: null, requiresReplace: [] };
  }

  const planned = withDefaults(block, cloneValue(proposed), config);
  const changed = prior === null || !valuesEqual(prior, planned);
  const requiresReplace: AttributePath[] = [];
  const finalPlan = markAndModify(block, {
    prior,
    planned,
    config,
    creating: prior === null,
    changed,
    path: [],
    requiresReplace,
  });
  return { planned: finalPlan, requiresReplace };
}

/** Runs the attribute validators of a block over every known, non-null configuration value. */
export function validateConfig(
  block: BlockSchema,
  config: ObjectValue | null,
  diagnostics: Diagnostics,
  path: AttributePath = [],
): void {
  if (config === null) {
    return;
  }

  for (const [name, attribute] of Object.entries(block.attributes)) {
    const value = config[name] ?? null;
    if (value === null || containsUnknown(value)) {
      continue;
    }
    for (const validator of attribute.validators ?? []) {
      validator.validate(value, [...path, name], diagnostics);
    }
  }

  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    forEachNested(nested, config[name] ?? null, (element, step) =>
      validateConfig(nested.block, element, diagnostics, [...path, name, ...step]),
    );
  }
}

/**
 * Completes a state returned by resource code: missing attributes become null, write-only values
 * are dropped, and any value still unknown is reported as a provider error.
 */
export function completeState(
  block: BlockSchema,
  state: ObjectValue,
  diagnostics: Diagnostics,
  path: AttributePath = [],
): ObjectValue {
  const complete: ObjectValue = {};
  for (const [name, attribute] of Object.entries(block.attributes)) {
    const value = attribute.writeOnly ? null : (state[name] ?? null);
    if (containsUnknown(value)) {
      diagnostics.error(
        'Provider Returned An Unknown Value',
        `The provider left ${formatPath([...path, name])} unknown after apply. This is a bug in ` +
          'the provider; please report it.',
        [...path, name],
      );
    }
    complete[name] = value;
  }

  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const value = state[name] ?? null;
    complete[name] = mapNested(nested, value, (element, step) =>
      completeState(nested.block, element, diagnostics, [...path, name, ...step]),
    );
  }
  return complete;
}

function withDefaults(
  block: BlockSchema,
  proposed: ObjectValue,
  config: ObjectValue | null,
): ObjectValue {
  for (const [name, attribute] of Object.entries(block.attributes)) {
    const configured = config?.[name] ?? null;
    if (attribute.writeOnly) {
      proposed[name] = null;
    } else if (attribute.computed && configured === null && attribute.default !== undefined) {
      proposed[name] = cloneValue(attribute.default);
    }
  }

  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const configured = config?.[name] ?? null;
    proposed[name] = mapNested(nested, proposed[name] ?? null, (element, step) =>
      withDefaults(nested.block, element, pick(configured, step)),
    );
  }
  return proposed;
}

interface MarkContext {
  readonly prior: ObjectValue | null;
  readonly planned: ObjectValue;
  readonly config: ObjectValue | null;
  readonly creating: boolean;
  readonly changed: boolean;
  readonly path: AttributePath;
  readonly requiresReplace: AttributePath[];
}

function markAndModify(block: BlockSchema, context: MarkContext): ObjectValue {
  const { prior, planned, config, creating, changed, path, requiresReplace } = context;

  for (const [name, attribute] of Object.entries(block.attributes)) {
    const configured = config?.[name] ?? null;
    const priorValue = prior?.[name] ?? null;
    let value = planned[name] ?? null;
    const unsetComputed = attribute.computed && configured === null;
    if (unsetComputed && attribute.default === undefined && !attribute.writeOnly && changed) {
      value = UNKNOWN;
    }

    for (const modifier of attribute.planModifiers ?? []) {
      const response = modifier.modify({
        path: [...path, name],
        prior: priorValue,
        config: configured,
        planned: value,
        creating,
      });
      value = response.planned;
      if (response.requiresReplace && !creating) {
        requiresReplace.push([...path, name]);
      }
    }
    planned[name] = value;
  }

  for (const [name, nested] of Object.entries(block.blocks ?? {})) {
    const priorNested = prior?.[name] ?? null;
    const configNested = config?.[name] ?? null;
    planned[name] = mapNested(nested, planned[name] ?? null, (element, step) => {
      const priorElement = nested.nesting === 'set' ? null : pick(priorNested, step);
      return markAndModify(nested.block, {
        prior: priorElement,
        planned: element,
        config: nested.nesting === 'set' ? null : pick(configNested, step),
        creating: creating || priorElement === null,
        changed: changed && !valuesEqual(priorElement, element),
        path: [...path, name, ...step],
        requiresReplace,
      });
    });
  }
  return planned;
}

/** The element of a nested block value at a one-step path (index or key), or null. */
function pick(value: Value, step: readonly (number | { key: string })[]): ObjectValue | null {
  if (step.length === 0) {
    return isObjectValue(value) ? value : null;
  }
  const [first] = step;
  if (typeof first === 'number') {
    const element = Array.isArray(value) ? value[first] : null;
    return isObjectValue(element) ? element : null;
  }
  const element = isObjectValue(value) ? value[first.key] : null;
  return isObjectValue(element) ? element : null;
}

type NestedVisitor<T> = (element: ObjectValue, step: (number | { key: string })[]) => T;

function forEachNested(nested: NestedBlockSchema, value: Value, visit: NestedVisitor<void>): void {
  mapNested(nested, value, (element, step) => {
    visit(element, step);
    return element;
  });
}

function mapNested(
  nested: NestedBlockSchema,
  value: Value,
  visit: NestedVisitor<ObjectValue>,
): Value {
  if (value === null || isUnknown(value)) {
    return value;
  }
  switch (nested.nesting) {
    case 'single':
    case 'group':
      return isObjectValue(value) ? visit(value, []) : value;
    case 'list':
    case 'set':
      return Array.isArray(value)
        ? value.map((element, index) =>
            isObjectValue(element) ? visit(element, [index]) : element,
          )
        : value;
    case 'map': {
      if (!isObjectValue(value)) {
        return value;
      }
      const mapped: ObjectValue = {};
      for (const [key, element] of Object.entries(value)) {
        mapped[key] = isObjectValue(element) ? visit(element, [{ key }]) : element;
      }
      return mapped;
    }
  }
}
