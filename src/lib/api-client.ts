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

interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * GETs `path` and checks the answer against its contract schema. The schema is loaded with the
 * request rather than before it: the contract (and zod) stay out of the initial bundle, and the
 * download runs while the request is in flight.
 */
export async function apiGet<Schema extends z.ZodType>(
  path: string,
  loadSchema: () => Promise<Schema>,
  { signal }: RequestOptions = {},
): Promise<z.output<Schema>> {
  const [response, schema] = await Promise.all([
    send(apiUrl(path), { signal, headers: { accept: 'application/json' } }),
    loadSchema(),
  ]);
  const body = await readJson(response);
  if (!response.ok) throw new ApiError(response.status, await toErrorBody(response, body));
  return schema.parse(body);
}

// Absolute, so the same client works in the browser and under jsdom in tests.
function apiUrl(path: string): URL {
  return new URL(path, window.location.origin);
}

async function send(url: URL, init: RequestInit): Promise<Response> {
  try {
    return await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw error;
    throw new NetworkError(error instanceof Error ? error.message : String(error), {
      cause: error,
    });
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
