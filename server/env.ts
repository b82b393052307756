import { z } from 'zod';
import { DEFAULT_LOGIN_THROTTLE } from './app/auth/login-limits';
import { DEFAULT_PROBLEM_DUE_SOON_DAYS, DEFAULT_PROBLEM_RED_AFTER_DAYS } from './contract/alerts';
import { DEFAULT_INDICATOR_LOCK_AFTER_DAYS } from './contract/indicator-periods';

const booleanFlag = z
  .enum(['true', 'false', '1', '0', 'on', 'off'], {
    error: 'must be one of true, false, 1, 0, on, off',
  })
  .transform((value) => ['true', '1', 'on'].includes(value));

const loginCount = z.coerce
  .number({ error: 'must be a number' })
  .int('must be a whole number')
  .min(1, 'must be at least 1');

/** A number of calendar days, 0 to a year. */
const days = (fallback: number) =>
  z.coerce
    .number({ error: 'must be a number of days' })
    .int('must be a whole number')
    .min(0, 'must be 0 or more')
    .max(365, 'must be at most 365')
    .default(fallback);

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'must be a port number' })
    .int('must be a whole number')
    .min(1, 'must be between 1 and 65535')
    .max(65535, 'must be between 1 and 65535')
    .default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1, 'must name a folder').default('./data'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
    .optional(),
  SAMPLE_DATA: booleanFlag.default(true),
  /**
   * The first system, security and audit administrators' passwords; without one, a password is
   * generated and printed once. In a real deployment each is changed at the first sign-in.
   */
  ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  SECURITY_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  AUDIT_ADMIN_PASSWORD: z.string().min(10, 'must be at least 10 characters').optional(),
  /**
   * Behind a reverse proxy: read the client's address from X-Forwarded-For. `true` trusts the
   * one proxy in front (the socket's peer); a comma-separated list names the proxies trusted.
   */
  TRUST_PROXY: z
    .string()
    .default('false')
    .transform((value, context): boolean | string[] => {
      const flag = booleanFlag.safeParse(value);
      if (flag.success) return flag.data;
      const addresses = value
        .split(',')
        .map((address) => address.trim())
        .filter(Boolean);
      if (addresses.every((address) => z.ipv4().or(z.ipv6()).safeParse(address).success)) {
        return addresses;
      }
      context.addIssue({
        code: 'custom',
        message: 'must be true, false, or a comma-separated list of IP addresses of proxies',
      });
      return z.NEVER;
    }),
  /** Wrong passwords of one account from one address before each next one doubles the wait. */
  LOGIN_FREE_FAILURES: loginCount.default(DEFAULT_LOGIN_THROTTLE.freeFailuresPerPair),
  /** Wrong passwords from one address (all accounts) in 15 minutes before it must wait. */
  LOGIN_MAX_FAILURES_PER_ADDRESS: loginCount.default(DEFAULT_LOGIN_THROTTLE.maxFailuresPerAddress),
  /**
   * `always`: the session cookie is always `Secure`, and a sign-in that did not arrive over
   * HTTPS (directly, or as a trusted proxy's X-Forwarded-Proto says) is refused. `auto`: the
   * cookie is `Secure` on HTTPS requests only, so plain http://localhost works. Unset, it is
   * `always` when NODE_ENV is production, else `auto`.
   */
  SECURE_COOKIES: z.enum(['always', 'auto'], { error: 'must be always or auto' }).optional(),
  NODE_ENV: z.string().optional(),
  /** 督办: calendar days past its deadline after which an unresolved problem turns red. */
  PROBLEM_RED_AFTER_DAYS: days(DEFAULT_PROBLEM_RED_AFTER_DAYS),
  /**
   * Days after a quarter's last day during which its indicator figures may still be entered; on
   * the next city day the quarter locks (contract/indicator-periods.ts).
   */
  INDICATOR_LOCK_AFTER_DAYS: days(DEFAULT_INDICATOR_LOCK_AFTER_DAYS),
  /** 通知: days before its deadline a problem's chain editors are told it is due. */
  PROBLEM_DUE_SOON_DAYS: days(DEFAULT_PROBLEM_DUE_SOON_DAYS),
  /**
   * 每日邮件摘要: the SMTP server to send the daily digest of unread notifications through
   * (smtp://user:pass@host:587, smtps:// for TLS from the start). Unset, no mail is sent.
   */
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  /** The digest's sender: an address, or `Name <address>`. Required with SMTP_URL. */
  MAIL_FROM: z
    .string()
    .refine(
      (from) => z.email().safeParse(/<([^<>]+)>\s*$/.exec(from)?.[1] ?? from).success,
      'must be an e-mail address, or a name and <address>',
    )
    .optional(),
  /** The hour of the city's day (0–23) from which the day's digests go out. */
  MAIL_DIGEST_HOUR: z.coerce
    .number({ error: 'must be an hour from 0 to 23' })
    .int('must be a whole number')
    .min(0, 'must be an hour from 0 to 23')
    .max(23, 'must be an hour from 0 to 23')
    .default(8),
  /** The address users open the app at: the digest's links. Required with SMTP_URL. */
  PUBLIC_URL: z
    .url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' })
    .transform((url) => url.replace(/\/+$/, ''))
    .optional(),
  /** The passphrase `npm run backup` encrypts with and `npm run restore` decrypts with. */
  BACKUP_PASSPHRASE: z.string().optional(),
  /** Other origins (comma-separated) whose pages may send writes, e.g. a separate UI host. */
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((list) =>
      list
        .split(',')
        .map((origin) => origin.trim())
        .filter(Boolean),
    ),
});

/** The digest needs a sender and the links' address once there is a server to send through. */
function mailSettingsComplete(env: z.output<typeof envSchema>, context: z.RefinementCtx) {
  if (!env.SMTP_URL) return;
  for (const name of ['MAIL_FROM', 'PUBLIC_URL'] as const) {
    if (!env[name]) {
      context.addIssue({
        code: 'custom',
        path: [name],
        message: 'is required when SMTP_URL is set',
      });
    }
  }
}

/** The settings whose default depends on another one. */
const envWithDefaults = envSchema
  .superRefine(mailSettingsComplete)
  .transform(({ SECURE_COOKIES, ...env }) => ({
    ...env,
    SECURE_COOKIES: SECURE_COOKIES ?? (env.NODE_ENV === 'production' ? 'always' : 'auto'),
  }));

export type Env = z.infer<typeof envWithDefaults>;

/** The one place the environment is read. A bad value stops start-up with the variable's name. */
export function readEnv(source: Record<string, string | undefined> = process.env): Env {
  const present = Object.fromEntries(
    Object.entries(source).filter(([, value]) => value !== undefined && value !== ''),
  );
  const parsed = envWithDefaults.safeParse(present);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`Invalid environment:\n${lines.join('\n')}`);
  }
  return parsed.data;
}
