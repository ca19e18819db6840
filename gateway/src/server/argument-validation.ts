import { type ValidationError, type ValidatorOptions, validateOrReject } from 'class-validator';
import { ArgumentValidationError } from 'type-graphql';

// type-graphql's own defaults for its built-in validation, with unknown values refused.
const options: ValidatorOptions = { forbidUnknownValues: true, skipMissingProperties: true };

// Input types are class instances; a JSONObject argument is plain JSON, with no rules to check (and
// `forbidUnknownValues` would refuse it as unknown): its resolver's service checks its shape.
// A DateTime argument is a Date: a scalar, with nothing for class-validator to check.
const validated = (value: unknown): value is object => {
  if (value === null || typeof value !== 'object' || value instanceof Date) return false;
  const prototype = Object.getPrototypeOf(value);
  return prototype !== Object.prototype && prototype !== null;
};

/**
 * type-graphql's built-in validation, with class-validator imported once: the built-in one
 * imports it dynamically for every argument of every request, which on the write path cost more
 * than the validation itself. Same rules, same `ArgumentValidationError` for the error formatter.
 */
export async function validateArgument(value: unknown): Promise<void> {
  const items = (Array.isArray(value) ? value : [value]).filter(validated);
  try {
    await Promise.all(items.map((item) => validateOrReject(item, options)));
  } catch (errors) {
    throw new ArgumentValidationError(errors as ValidationError[]);
  }
}
