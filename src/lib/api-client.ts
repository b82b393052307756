import type { z } from 'zod';
import type { ApiError as ApiErrorBody } from '@server/contract/errors';

/** The API answered with a non-2xx status; `body` is its error shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.error.message);
  }
}

/** The request never got an answer: offline, DNS, refused, reset. */
export class NetworkError extends Error {
  override readonly name = 'NetworkError';
}

/** The server did not answer within `apiClientSettings.timeoutMs`. */
export class TimeoutError extends Error {
  override readonly name = 'TimeoutError';
}

export const apiClientSettings = {
  /** Long enough for a slow mobile link, short enough that a hung server shows an error. */
  timeoutMs: 20_000,
};

/** Query-string values; `undefined` and `''` are left out, as the server reads them as unset. */
export type SearchValues = Record<string, string | number | boolean | undefined>;

interface RequestOptions {
  signal?: AbortSignal;
  search?: SearchValues;
}

/**
 * GETs `path` and checks the answer against its contract schema. The schema is loaded with the
 * request rather than before it: the contract (and zod) stay out of the initial bundle, and the
 * download runs while the request is in flight.
 */
export async function apiGet<Schema extends z.ZodType>(
  path: string,
  loadSchema: () => Promise<Schema>,
  { signal, search = {} }: RequestOptions = {},
): Promise<z.output<Schema>> {
  const [response, schema] = await Promise.all([
    send(apiUrl(path, search), { signal, headers: { accept: 'application/json' } }),
    loadSchema(),
  ]);
  const body = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, await toErrorBody(response, body));
  return schema.parse(body);
}

// Absolute, so the same client works in the browser and under jsdom in tests.
function apiUrl(path: string, search: SearchValues): URL {
  const url = new URL(path, window.location.origin);
  for (const [name, value] of Object.entries(search)) {
    if (value !== undefined && value !== '') url.searchParams.set(name, String(value));
  }
  return url;
}

async function send(url: URL, { signal, ...init }: RequestInit): Promise<Response> {
  const timeout = new AbortController();
  const timer = setTimeout(() => timeout.abort(), apiClientSettings.timeoutMs);
  try {
    return await fetch(url, {
      ...init,
      signal: signal ? AbortSignal.any([signal, timeout.signal]) : timeout.signal,
    });
  } catch (error) {
    // The caller gave up (the query was cancelled): not an error to show.
    if (signal?.aborted) throw error;
    if (timeout.signal.aborted) throw new TimeoutError(url.pathname, { cause: error });
    throw new NetworkError(error instanceof Error ? error.message : String(error), {
      cause: error,
    });
  } finally {
    clearTimeout(timer);
  }
}

async function readJson(response: Response): Promise<unknown> {
  const isJson = response.headers.get('content-type')?.includes('json') ?? false;
  return isJson ? response.json() : null;
}

async function toErrorBody(response: Response, body: unknown): Promise<ApiErrorBody> {
  const { apiErrorSchema } = await import('@server/contract/errors');
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  return {
    error: { code: 'internal', message: `HTTP ${response.status} ${response.statusText}`.trim() },
  };
}
