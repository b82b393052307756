import type { z } from 'zod';
import type { ApiError as ApiErrorBody, ConflictSavedBy } from '@server/contract/errors';

/** The API answered with a non-2xx status; `body` is its error shape. */
export class ApiError extends Error {
  override readonly name: string = 'ApiError';

  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
    /** From `Retry-After` (429, 503): how long the server asks the client to wait. */
    readonly retryAfterSeconds: number | null = null,
  ) {
    super(body.error.message);
  }
}

/**
 * A write named a version that is no longer current (409). `current` is the record as it is now,
 * in the shape of the route's 200 answer, so the form can show theirs next to yours; `savedBy`
 * the user who saved it, when the server could name them.
 */
export class ConflictError extends ApiError {
  override readonly name = 'ConflictError';

  constructor(
    body: ApiErrorBody,
    readonly current: unknown,
    readonly savedBy: ConflictSavedBy | null = null,
  ) {
    super(409, body);
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

/**
 * A fresh key for one create: made when the form opens and sent with every try of it, so a retry
 * after a lost answer does not make a second record. `randomUUID` needs a secure context (https or
 * localhost); `getRandomValues` works everywhere.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Query-string values; `undefined` and `''` are left out, as the server reads them as unset. */
export type SearchValues = Record<string, string | number | boolean | undefined>;

interface RequestOptions {
  signal?: AbortSignal;
  search?: SearchValues;
}

interface SendOptions {
  signal?: AbortSignal;
  /** For creates: the same key again returns the first answer instead of making a second record. */
  idempotencyKey?: string;
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
  return request(apiUrl(path, search), { method: 'GET', signal }, loadSchema);
}

/**
 * Sends `body` as JSON with `method` and checks the answer against its contract schema, loaded
 * alongside as for `apiGet`. Without a schema the parsed body is returned unchecked; a 204 gives
 * `undefined`. A 409 throws a `ConflictError` with the current record.
 */
export async function apiSend<Schema extends z.ZodType>(
  method: 'POST' | 'PUT' | 'DELETE',
  path: string,
  body: unknown,
  loadSchema: (() => Promise<Schema>) | null,
  { signal, idempotencyKey }: SendOptions = {},
): Promise<z.output<Schema>> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (idempotencyKey) headers['idempotency-key'] = idempotencyKey;
  return request(
    apiUrl(path, {}),
    { method, signal, headers, body: body === undefined ? undefined : JSON.stringify(body) },
    loadSchema,
  );
}

/** A file the API sent as an attachment, with the name it gave it. */
export interface DownloadedFile {
  blob: Blob;
  fileName: string;
}

interface DownloadOptions extends RequestOptions {
  /** Sent as JSON in a POST: what must stay out of addresses and logs (a passphrase). */
  body?: unknown;
}

/**
 * GETs a file (an export), or POSTs `body` for one. Through `fetch`, not a link, so the demo's
 * service worker answers it like every other request; failures throw the same errors as `apiGet`.
 */
export async function apiDownload(
  path: string,
  { signal, search = {}, body }: DownloadOptions = {},
): Promise<DownloadedFile> {
  const url = apiUrl(path, search);
  const response = await send(
    url,
    body === undefined
      ? { method: 'GET', signal }
      : {
          method: 'POST',
          signal,
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        },
  );
  if (!response.ok) throw await toApiError(response, await readJson(response));
  const fallbackName = url.pathname.split('/').pop() ?? 'download';
  return {
    blob: await response.blob(),
    fileName: attachmentName(response.headers.get('content-disposition')) ?? fallbackName,
  };
}

/** The file name of a `Content-Disposition`: the UTF-8 `filename*` (RFC 5987) when given. */
function attachmentName(disposition: string | null): string | null {
  if (!disposition) return null;
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return /filename="([^"]+)"/i.exec(disposition)?.[1] ?? null;
}

async function request<Schema extends z.ZodType>(
  url: URL,
  { headers, ...init }: RequestInit & { headers?: Record<string, string> },
  loadSchema: (() => Promise<Schema>) | null,
): Promise<z.output<Schema>> {
  const [response, schema] = await Promise.all([
    send(url, { ...init, headers: { accept: 'application/json', ...headers } }),
    loadSchema?.(),
  ]);
  if (response.status === 204) return undefined as z.output<Schema>;
  const body = await readJson(response);
  if (!response.ok) throw await toApiError(response, body);
  return schema ? schema.parse(body) : (body as z.output<Schema>);
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

async function toApiError(response: Response, body: unknown): Promise<ApiError> {
  const errorBody = await toErrorBody(response, body);
  if (response.status === 409) {
    // The error schema drops keys it does not know, so `current` and `savedBy` are read from
    // the raw body.
    const { conflictSavedBySchema } = await import('@server/contract/errors');
    const current =
      typeof body === 'object' && body !== null && 'current' in body ? body.current : null;
    const savedBy = conflictSavedBySchema.safeParse(
      typeof body === 'object' && body !== null && 'savedBy' in body ? body.savedBy : undefined,
    );
    return new ConflictError(errorBody, current, savedBy.success ? savedBy.data : null);
  }
  return new ApiError(response.status, errorBody, retryAfterSeconds(response));
}

async function toErrorBody(response: Response, body: unknown): Promise<ApiErrorBody> {
  const { apiErrorSchema } = await import('@server/contract/errors');
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success) return parsed.data;
  return {
    error: { code: 'internal', message: `HTTP ${response.status} ${response.statusText}`.trim() },
  };
}

/** `Retry-After` as seconds from now; it may be a number of seconds or an HTTP date. */
function retryAfterSeconds(response: Response): number | null {
  const header = response.headers.get('retry-after')?.trim();
  if (!header) return null;
  if (/^\d+$/.test(header)) return Number(header);
  const date = Date.parse(header);
  return Number.isNaN(date) ? null : Math.max(0, Math.ceil((date - Date.now()) / 1000));
}
