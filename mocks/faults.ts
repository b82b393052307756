import { delay, http, HttpResponse } from 'msw';
import type { ApiError } from '@server/contract/errors';
import { apiPath } from '@mocks/api-handlers';

const internalError: ApiError = { error: { code: 'internal', message: 'Internal server error' } };

interface FaultOptions {
  /** Which requests fail; every `/api` request when omitted. */
  path?: string;
  /** Fail only the first matching request, so a retry reaches the real handlers. */
  once?: boolean;
}

export function serverError({ path = apiPath, once = false }: FaultOptions = {}) {
  return http.all(path, () => HttpResponse.json(internalError, { status: 500 }), { once });
}

/** The API is up but its database is not: 503 with `Retry-After`, as the server answers. */
export function databaseUnavailable({ path = apiPath, once = false }: FaultOptions = {}) {
  const body: ApiError = {
    error: { code: 'unavailable', message: 'The database is not reachable; try again soon' },
  };
  return http.all(
    path,
    () => HttpResponse.json(body, { status: 503, headers: { 'Retry-After': '5' } }),
    { once },
  );
}

export function networkError({ path = apiPath, once = false }: FaultOptions = {}) {
  return http.all(path, () => HttpResponse.error(), { once });
}

/** Holds matching requests for `ms`, then lets the next handler answer them. */
export function latency(ms: number, { path = apiPath, once = false }: FaultOptions = {}) {
  return http.all(
    path,
    async () => {
      await delay(ms);
    },
    { once },
  );
}

/** Never answers: the client's own timeout has to end the request. */
export function hang({ path = apiPath, once = false }: FaultOptions = {}) {
  return http.all(
    path,
    async () => {
      await delay('infinite');
    },
    { once },
  );
}
