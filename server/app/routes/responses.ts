import type { z } from 'zod';
import { apiErrorSchema } from '../../contract/errors';

/** A route's JSON response: the schema it is documented (and tested) by. */
export function jsonResponse<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

export const invalidRequestResponse = jsonResponse(
  apiErrorSchema,
  'A path or query parameter is invalid; `error.fields` names each one',
);

export const notFoundResponse = jsonResponse(apiErrorSchema, 'Nothing has this id');
