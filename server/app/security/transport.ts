import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../context';
import { HttpError } from '../errors';

/** `always`: cookies are `Secure` and sign-in needs HTTPS; `auto`: `Secure` on HTTPS requests. */
export type SecureCookies = 'always' | 'auto';

export interface Transport {
  /** The request reached us over HTTPS (directly, or through a proxy we believe). */
  https: boolean;
  secureCookies: SecureCookies;
}

/**
 * Without a Node server to say which proxies are trusted (the tests, the in-browser demo): the
 * request's own URL, or the X-Forwarded-Proto a TLS proxy in front sets.
 */
export function requestUrlOrForwardedHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('x-forwarded-proto') === 'https';
}

/** Whether the session cookie set on this answer is marked `Secure`. */
export function cookieIsSecure(c: Context<AppEnv>): boolean {
  const { https, secureCookies } = c.var.transport;
  return https || secureCookies === 'always';
}

/**
 * With SECURE_COOKIES=always a sign-in over plain HTTP is refused before the password is
 * checked: the password would have crossed the network readable, and the browser would not send
 * the `Secure` cookie back over HTTP anyway, so the user could not stay signed in.
 */
export function refuseSignInOverHttp(c: Context<AppEnv>): void {
  const { https, secureCookies } = c.var.transport;
  if (secureCookies === 'always' && !https) {
    throw new HttpError(
      403,
      'https_required',
      'Sign in over HTTPS: this server is set up to send its session cookie only over HTTPS',
    );
  }
}

/** A year, the preload list's minimum; subdomains are left out, as they may be other services. */
export const STRICT_TRANSPORT_SECURITY = 'max-age=31536000';

/**
 * Browsers keep to HTTPS for this host once an HTTPS answer says so; on a plain-HTTP answer the
 * header is meaningless (browsers ignore it there), so it is sent only over HTTPS.
 */
export function strictTransportSecurity(isHttps: (c: Context) => boolean): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (isHttps(c)) c.res.headers.set('Strict-Transport-Security', STRICT_TRANSPORT_SECURITY);
  };
}
