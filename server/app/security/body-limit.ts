import type { MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { AppEnv } from '../context';
import { errorBody } from '../errors';

/** The largest JSON body a write takes: far above any form's, far below what strains a server. */
export const JSON_BODY_LIMIT_BYTES = 1024 * 1024;

/** The spreadsheet uploads, which keep the importer's own larger limit (routes/imports). */
const uploads = /^\/api\/imports\/[^/]+(\/preview)?$/;

const jsonLimit = bodyLimit({
  maxSize: JSON_BODY_LIMIT_BYTES,
  onError: (c) =>
    c.json(
      errorBody(
        'payload_too_large',
        `The request body is larger than ${JSON_BODY_LIMIT_BYTES / 1024 / 1024} MB`,
      ),
      413,
    ),
});

/**
 * Refuses a body over the limit before any route reads it: by its Content-Length at once, or,
 * sent in chunks without one, as soon as the bytes read pass it. Nothing is written.
 */
export const limitBodySize: MiddlewareHandler<AppEnv> = (c, next) =>
  uploads.test(c.req.path) ? next() : jsonLimit(c, next);
