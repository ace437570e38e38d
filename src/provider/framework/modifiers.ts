import { formatPath } from './diagnostics';
import type { AttributePath, Diagnostics } from './diagnostics';
import type { AttributeValidator, PlanModifier } from './schema';
import { isUnknown, valuesEqual } from './values';
import type { Value } from './values';

/**
 * Forces replacement of the resource when the attribute's planned value differs from its prior
 * value (an unknown planned value counts as a change).
 */
export function requiresReplace(): PlanModifier {
  return {
    description: 'Changing this value destroys the object and creates a new one.',
    modify: (request) => ({
      planned: request.planned,
      requiresReplace: !request.creating && !valuesEqual(request.prior, request.planned),
    }),
  };
}

/**
 * Keeps the prior state's value for a computed attribute that would otherwise be unknown, for
 * values (such as ids) that never change once the object exists.
 */
export function useStateForUnknown(): PlanModifier {
  return {
    description: 'Once set, the value does not change.',
    modify: (request) => ({
      planned:
        isUnknown(request.planned) && !request.creating && request.prior !== null
          ? request.prior
          : request.planned,
    }),
  };
}

function invalid(
  diagnostics: Diagnostics,
  path: AttributePath,
  requirement: string,
  value: Value,
): void {
  diagnostics.error(
    'Invalid Attribute Value',
    `${formatPath(path)} ${requirement}; the configuration sets ${JSON.stringify(value)}. ` +
      'Change the value in the configuration.',
    path,
  );
}

/** Accepts strings whose length (in characters) lies within the bounds, inclusive. */
export function stringLengthBetween(min: number, max: number): AttributeValidator {
  const requirement = `must be between ${min} and ${max} characters long`;
  return {
    description: `Must be between ${min} and ${max} characters long.`,
    validate: (value, path, diagnostics) => {
      const length = typeof value === 'string' ? [...value].length : -1;
      if (length < min || length > max) {
        invalid(diagnostics, path, requirement, value);
      }
    },
  };
}

/** Accepts strings matching the pattern; `requirement` describes it in words. */
export function stringMatches(pattern: RegExp, requirement: string): AttributeValidator {
  return {
    description: `Must ${requirement}.`,
    validate: (value, path, diagnostics) => {
      if (typeof value !== 'string' || !pattern.test(value)) {
        invalid(diagnostics, path, `must ${requirement}`, value);
      }
    },
  };
}

/** Accepts whole numbers of at least `min`. */
export function integerAtLeast(min: number): AttributeValidator {
  const requirement = `must be a whole number of at least ${min}`;
  return {
    description: `Must be a whole number of at least ${min}.`,
    validate: (value, path, diagnostics) => {
      if (typeof value !== 'number' || !Number.isInteger(value) || value < min) {
        invalid(diagnostics, path, requirement, value);
      }
    },
  };
}

/** Accepts numbers within the bounds, inclusive. */
export function numberBetween(min: number, max: number): AttributeValidator {
  const requirement = `must be between ${min} and ${max}`;
  return {
    description: `Must be between ${min} and ${max}.`,
    validate: (value, path, diagnostics) => {
      if (typeof value !== 'number' || value < min || value > max) {
        invalid(diagnostics, path, requirement, value);
      }
    },
  };
}

/** Accepts exactly one of the listed values. */
export function oneOf(...allowed: readonly (string | number)[]): AttributeValidator {
  const choices = allowed.map((choice) => JSON.stringify(choice)).join(', ');
  const requirement = `must be one of ${choices}`;
  return {
    description: `Must be one of ${allowed.join(', ')}.`,
    validate: (value, path, diagnostics) => {
      if (!allowed.some((choice) => choice === value)) {
        invalid(diagnostics, path, requirement, value);
      }
    },
  };
}
