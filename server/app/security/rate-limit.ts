import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { tokenDigest, SESSION_COOKIE } from '../auth/sessions';
import type { AppEnv } from '../context';
import { errorBody } from '../errors';

const MINUTE_MS = 60_000;

interface Bucket {
  tokens: number;
  at: number;
}

export interface SessionRateLimiterOptions {
  /** Milliseconds on a clock that never goes back; tests pass one they move by hand. */
  now?: () => number;
  /** The most sessions remembered at once; the least recently seen are forgotten first. */
  maxSessions?: number;
}

/**
 * A token bucket per session: it holds `perMinute` requests and refills at `perMinute` a minute,
 * so a session may burst to a minute's worth and then keeps to the rate. In memory, so the limit
 * is per server process: N processes behind a balancer allow a session up to N times the rate.
 */
export class SessionRateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly now: () => number;
  private readonly maxSessions: number;

  constructor({
    now = () => performance.now(),
    maxSessions = 50_000,
  }: SessionRateLimiterOptions = {}) {
    this.now = now;
    this.maxSessions = maxSessions;
  }

  /** Takes one request from the session's bucket: 0 if allowed, else seconds until one is. */
  take(key: string, perMinute: number): number {
    const now = this.now();
    const perMs = perMinute / MINUTE_MS;
    const bucket = this.buckets.get(key);
    const tokens = bucket
      ? Math.min(perMinute, bucket.tokens + (now - bucket.at) * perMs)
      : perMinute;
    // Deleted and set again, so the map's order is least recently seen first.
    this.buckets.delete(key);
    if (tokens < 1) {
      this.buckets.set(key, { tokens, at: now });
      return Math.max(1, Math.ceil((1 - tokens) / perMs / 1000));
    }
    this.buckets.set(key, { tokens: tokens - 1, at: now });
    this.forgetOldest(now);
    return 0;
  }

  /** How many sessions it remembers: bounded, whatever the traffic. */
  get size(): number {
    return this.buckets.size;
  }

  /**
   * A bucket untouched for a minute is full again, the same as none: those go first. Past the
   * bound, the least recently seen go too, which at worst gives them a fresh minute.
   */
  private forgetOldest(now: number): void {
    for (const [key, bucket] of this.buckets) {
      const idle = now - bucket.at >= MINUTE_MS;
      if (!idle && this.buckets.size <= this.maxSessions) return;
      this.buckets.delete(key);
    }
  }
}

/**
 * After the session check: each session may send the policy's `requestsPerMinute`, then gets
 * 429 `rate_limited` with `Retry-After`. Routes without a session (sign-in, which has its own
 * throttle, the health check, the API document) are not counted.
 */
export function limitSessionRequests(limiter: SessionRateLimiter): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = c.var.user ? getCookie(c, SESSION_COOKIE) : undefined;
    if (!token) return next();
    // The digest, not the token: a dump of this process's memory opens no session.
    const wait = limiter.take(await tokenDigest(token), c.var.securityPolicy.requestsPerMinute);
    if (wait === 0) return next();
    c.header('Retry-After', String(wait));
    return c.json(
      errorBody(
        'rate_limited',
        `Too many requests from this session; try again in ${wait} seconds`,
      ),
      429,
    );
  };
}
