import type { FieldPath, FieldValues, UseFormSetError } from 'react-hook-form';
import { ApiError } from '@/lib/api-client';

/**
 * Puts a 400's per-field messages on the form's fields, where the user looks for them. Returns
 * whether every message found a field; the rest are the caller's to show at the form's level.
 */
export function applyServerFieldErrors<Values extends FieldValues>(
  error: unknown,
  fields: readonly FieldPath<Values>[],
  setError: UseFormSetError<Values>,
): boolean {
  if (!(error instanceof ApiError) || error.status !== 400) return false;
  const messages = error.body.error.fields;
  if (!messages) return false;
  let allPlaced = true;
  let first = true;
  for (const [path, message] of Object.entries(messages)) {
    // `chainIds.2` belongs to the chainIds field.
    const field = fields.find((name) => path === name || path.startsWith(`${name}.`));
    if (!field) {
      allPlaced = false;
      continue;
    }
    setError(field, { type: 'server', message }, { shouldFocus: first });
    first = false;
  }
  return allPlaced;
}
