import { createRoute } from '@hono/zod-openapi';
import { z } from 'zod';
import { apiErrorSchema } from '../../contract/errors';
import { conflictSchema, versionQuerySchema, withdrawBodySchema } from '../../contract/writes';
import { jsonResponse } from './responses';

type ParamsSchema = z.ZodObject;

interface WriteRouteOptions<
  Params extends ParamsSchema,
  Body extends z.ZodType,
  Record extends z.ZodType,
> {
  /** `put` for a change (the default); `post` for an action on the record (withdraw). */
  method?: 'put' | 'post';
  path: string;
  summary: string;
  params: Params;
  body: Body;
  record: Record;
  /** Another reason the route answers 409, told after the stale version's (a locked quarter). */
  conflictAlso?: string;
}

const errorResponses = {
  400: jsonResponse(
    apiErrorSchema,
    'The body or a parameter is invalid; `error.fields` names each',
  ),
  401: jsonResponse(apiErrorSchema, 'Not signed in'),
  403: jsonResponse(
    apiErrorSchema,
    'The user may not change this chain, or came from another site',
  ),
  404: jsonResponse(apiErrorSchema, 'Nothing has this id'),
};

function request<Params extends ParamsSchema, Body extends z.ZodType>(params: Params, body: Body) {
  return {
    params,
    body: { required: true, content: { 'application/json': { schema: body } } },
  };
}

function conflictResponse(record: z.ZodType, summary: string, also?: string) {
  const stale = 'The record changed since the form was opened; `current` is how it is now';
  return jsonResponse(
    conflictSchema(record, `${summary.replace(/\W+/g, '')}Conflict`),
    also ? `${stale}. ${also}` : stale,
  );
}

/**
 * A change of an existing record (or of a chain's one-of-a-kind record): the record as saved,
 * or 400, 401, 403, 404, and 409 with the current record when the version sent is stale.
 */
export function updateRoute<
  Params extends ParamsSchema,
  Body extends z.ZodType,
  Record extends z.ZodType,
>({
  method = 'put',
  path,
  summary,
  params,
  body,
  record,
  conflictAlso,
}: WriteRouteOptions<Params, Body, Record>) {
  return createRoute({
    method,
    path,
    tags: ['edits'],
    summary,
    request: request(params, body),
    responses: {
      200: jsonResponse(record, 'The record as saved, with its new version'),
      ...errorResponses,
      409: conflictResponse(record, summary, conflictAlso),
    },
  });
}

/** A create: 201 with the new record; the same `Idempotency-Key` again gives the same answer. */
export function createRecordRoute<
  Params extends ParamsSchema,
  Body extends z.ZodType,
  Record extends z.ZodType,
>({ path, summary, params, body, record }: WriteRouteOptions<Params, Body, Record>) {
  return createRoute({
    method: 'post',
    path,
    tags: ['edits'],
    summary,
    request: {
      ...request(params, body),
      headers: z.object({
        'idempotency-key': z.string().max(100).optional().meta({
          description: 'Any unique text per intended create, resent unchanged on a retry',
        }),
      }),
    },
    responses: {
      201: jsonResponse(record, 'The new record'),
      ...errorResponses,
      422: jsonResponse(
        apiErrorSchema,
        'The `Idempotency-Key` was already used with a different body; nothing was written',
      ),
    },
  });
}

/** A delete, versioned like every write. */
export function deleteRoute<Params extends ParamsSchema>(options: {
  path: string;
  summary: string;
  params: Params;
  record: z.ZodType;
}) {
  return createRoute({
    method: 'delete',
    path: options.path,
    tags: ['edits'],
    summary: options.summary,
    request: { params: options.params, query: versionQuerySchema },
    responses: {
      204: { description: 'Removed' },
      ...errorResponses,
      409: conflictResponse(options.record, options.summary),
    },
  });
}

/**
 * Withdraws (撤回) or restores (恢复) a record: `POST …/withdraw` or `…/restore` with the version
 * it was shown with, answered with the record as saved. The row stays and the history keeps it.
 */
export function withdrawalRoute<
  Params extends ParamsSchema,
  Record extends z.ZodType,
  Body extends z.ZodType = typeof withdrawBodySchema,
>(options: {
  path: string;
  summary: string;
  params: Params;
  record: Record;
  /** The body, when a withdrawal says more than its version (a firm's reason). */
  body?: Body;
}) {
  const body = (options.body ?? withdrawBodySchema) as Body;
  return updateRoute({ ...options, body, method: 'post' });
}
