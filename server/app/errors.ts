import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ZodError } from 'zod';
import type { ApiError, ApiErrorCode } from '../contract/errors';

/** Thrown anywhere in a handler; `onError` turns it into the API's error shape. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ApiErrorCode,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
  }
}

export const notFound = (what: string) => new HttpError(404, 'not_found', `${what} not found`);

export const forbidden = (message: string) => new HttpError(403, 'forbidden', message);

/** One bad field of a body, found after validation (a firm id that does not exist, say). */
export const invalidField = (field: string, message: string) =>
  new HttpError(400, 'invalid_request', `Invalid request: ${field}`, { [field]: message });

/**
 * A write named a version that is no longer current. The answer carries the current record so
 * the user can compare it with theirs and choose; nothing was written.
 */
export class ConflictError extends HttpError {
  constructor(readonly current: unknown) {
    super(409, 'conflict', 'The record was changed by someone else since it was opened');
  }
}

/**
 * A create resent with an `Idempotency-Key` already used for a different body: neither a retry
 * (its answer would not be this request's) nor a new create (the key says it is not).
 */
export class IdempotencyKeyReusedError extends HttpError {
  constructor() {
    super(
      422,
      'idempotency_key_reused',
      'This Idempotency-Key was already used with a different body; send a new key for a new create',
      { 'idempotency-key': 'was already used with a different body' },
    );
  }
}

export function errorBody(
  code: ApiErrorCode,
  message: string,
  fields?: Record<string, string>,
): ApiError {
  return { error: fields ? { code, message, fields } : { code, message } };
}

/** One message per field or parameter, named by its path (`page`, `members.2.name`). */
export function fieldMessages(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  return fields;
}

export function invalidRequest(c: Context, error: ZodError) {
  const fields = fieldMessages(error);
  const names = Object.keys(fields).join(', ');
  return c.json(errorBody('invalid_request', `Invalid request: ${names}`, fields), 400);
}
