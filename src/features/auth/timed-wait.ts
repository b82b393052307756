import { ApiError } from '@/lib/api-client';

/** Too many wrong passwords or codes, and the server said for how long (`Retry-After`). */
export function isTimedWait(error: unknown): error is ApiError & { retryAfterSeconds: number } {
  return error instanceof ApiError && error.status === 429 && error.retryAfterSeconds !== null;
}
