import { delay, http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  apiClientSettings,
  ApiError,
  apiSend,
  ConflictError,
  NetworkError,
  TimeoutError,
} from '@/lib/api-client';

/* apiSend against hand-written answers: what it sends, and what each kind of answer becomes. */

const server = setupServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const recordSchema = z.object({ id: z.number(), name: z.string() });
const loadRecordSchema = () => Promise.resolve(recordSchema);

function errorAnswer(status: number, code: string, message: string, extra: object = {}) {
  return HttpResponse.json({ error: { code, message }, ...extra }, { status });
}

describe('apiSend', () => {
  it('sends the body as JSON with the idempotency key and returns the checked answer', async () => {
    let received: { method: string; headers: Headers; body: unknown } | undefined;
    server.use(
      http.post('*/api/things', async ({ request }) => {
        received = { method: request.method, headers: request.headers, body: await request.json() };
        return HttpResponse.json({ id: 7, name: 'made', extra: 'dropped' }, { status: 201 });
      }),
    );

    const answer = await apiSend('POST', '/api/things', { name: 'made' }, loadRecordSchema, {
      idempotencyKey: 'key-1',
    });

    expect(answer).toEqual({ id: 7, name: 'made' });
    expect(received?.method).toBe('POST');
    expect(received?.body).toEqual({ name: 'made' });
    expect(received?.headers.get('content-type')).toBe('application/json');
    expect(received?.headers.get('idempotency-key')).toBe('key-1');
  });

  it('sends no idempotency key unless given one', async () => {
    let headers: Headers | undefined;
    server.use(
      http.put('*/api/things/7', ({ request }) => {
        headers = request.headers;
        return HttpResponse.json({ id: 7, name: 'changed' });
      }),
    );

    await apiSend('PUT', '/api/things/7', { name: 'changed' }, loadRecordSchema);

    expect(headers?.has('idempotency-key')).toBe(false);
  });

  it('gives undefined for 204 No Content', async () => {
    server.use(http.delete('*/api/things/7', () => new HttpResponse(null, { status: 204 })));

    await expect(apiSend('DELETE', '/api/things/7', undefined, null)).resolves.toBeUndefined();
  });

  it('returns the body unchecked when there is no schema', async () => {
    server.use(http.post('*/api/things', () => HttpResponse.json({ anything: true })));

    await expect(apiSend('POST', '/api/things', {}, null)).resolves.toEqual({ anything: true });
  });

  it('rejects an answer that does not fit the schema', async () => {
    server.use(http.post('*/api/things', () => HttpResponse.json({ id: 'seven' })));

    await expect(apiSend('POST', '/api/things', {}, loadRecordSchema)).rejects.toBeInstanceOf(
      z.ZodError,
    );
  });

  it('turns a 409 into a ConflictError carrying the current record', async () => {
    const current = { id: 7, name: 'theirs', version: 3 };
    server.use(
      http.put('*/api/things/7', () =>
        errorAnswer(409, 'conflict', 'The record was changed', { current }),
      ),
    );

    const error = await apiSend('PUT', '/api/things/7', { version: 2 }, loadRecordSchema).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 409, current, message: 'The record was changed' });
  });

  it('keeps a 400 as an ApiError with its field messages', async () => {
    server.use(
      http.post('*/api/things', () =>
        HttpResponse.json(
          {
            error: { code: 'invalid_request', message: 'Invalid', fields: { name: 'is required' } },
          },
          { status: 400 },
        ),
      ),
    );

    const error = await apiSend('POST', '/api/things', {}, loadRecordSchema).catch(
      (caught: unknown) => caught,
    );

    expect(error).toBeInstanceOf(ApiError);
    expect(error).not.toBeInstanceOf(ConflictError);
    expect((error as ApiError).body.error.fields).toEqual({ name: 'is required' });
  });

  it('reads how long to wait from Retry-After', async () => {
    server.use(
      http.post('*/api/things', () =>
        HttpResponse.json(
          { error: { code: 'rate_limited', message: 'Try again in 900 seconds' } },
          { status: 429, headers: { 'retry-after': '900' } },
        ),
      ),
    );

    const error = await apiSend('POST', '/api/things', {}, null).catch((caught: unknown) => caught);

    expect(error).toMatchObject({ status: 429, retryAfterSeconds: 900 });
  });

  it('reports a network failure as a NetworkError', async () => {
    server.use(http.post('*/api/things', () => HttpResponse.error()));

    await expect(apiSend('POST', '/api/things', {}, null)).rejects.toBeInstanceOf(NetworkError);
  });

  it('gives up on a server that does not answer', async () => {
    const timeoutMs = apiClientSettings.timeoutMs;
    apiClientSettings.timeoutMs = 100;
    server.use(
      http.post('*/api/things', async () => {
        await delay('infinite');
      }),
    );
    try {
      await expect(apiSend('POST', '/api/things', {}, null)).rejects.toBeInstanceOf(TimeoutError);
    } finally {
      apiClientSettings.timeoutMs = timeoutMs;
    }
  });
});
