import { and, desc, eq, exists, gt, isNotNull, isNull, lte, or, sql } from 'drizzle-orm';
import { cityDay, cityHour } from '../../contract/city-time';
import type { NotificationParams } from '../../contract/notifications';
import { chains, notifications, users } from '../../db/schema';
import type { Database } from '../../db/database';
import { refColumns } from '../queries/refs';
import { recordSecurityEvent } from '../security/events';
import { digestMail } from './digest-mail';
import type { Mailer } from './mailer';

/*
 * 每日邮件摘要 (issue 16): once a city day, from the configured hour on, each user with an
 * e-mail address and unread notifications that no sent digest held gets one mail listing them.
 *
 * Exactly once, with any number of servers: a user's day is claimed in the database (one UPDATE
 * that only matches while the day is not yet theirs) before the mail goes out, so of two servers
 * one sends and the other finds nothing to claim. A refused or failed send gives the day back
 * and is tried again at the next tick; only a crash between claim and send loses that day's mail,
 * and then tomorrow's lists the same notifications, as the sent-through mark moves only on success.
 */

/** How often the server looks for digests due: the hour's mail goes out within this much. */
export const DIGEST_PERIOD_MS = 10 * 60 * 1000;

export interface DigestSettings {
  /** The hour of the city's day (0–23) from which the day's digests go out. */
  hour: number;
  /** The web app's address as users reach it, without a trailing slash: the mail's links. */
  publicUrl: string;
}

export interface DigestRun {
  sent: number;
  failed: number;
}

const hasEmail = and(isNotNull(users.email), isNull(users.disabledAt));

/** The user's unread notifications that changed after their last sent digest, up to `now`. */
function unreadSinceDigest(now: Date) {
  return and(
    eq(notifications.recipientId, users.id),
    isNull(notifications.readAt),
    lte(notifications.updatedAt, now),
    or(isNull(users.digestThrough), gt(notifications.updatedAt, users.digestThrough)),
  );
}

function notYetOn(day: string) {
  return sql`${users.digestSentOn} is distinct from ${day}`;
}

/** Makes the user's day this server's to send; undefined when another server has it already. */
async function claim(db: Database, userId: number, day: string) {
  const [claimed] = await db
    .update(users)
    .set({ digestSentOn: day })
    .where(and(eq(users.id, userId), hasEmail, notYetOn(day)))
    .returning({
      id: users.id,
      username: users.username,
      displayName: users.displayName,
      email: users.email,
      digestThrough: users.digestThrough,
    });
  return claimed;
}

/** Gives the day back (a failed send, or nothing left to say), so the next tick may send it. */
async function release(db: Database, userId: number, day: string) {
  await db
    .update(users)
    .set({ digestSentOn: null })
    .where(and(eq(users.id, userId), eq(users.digestSentOn, day)));
}

async function itemsOf(db: Database, userId: number, through: Date | null, now: Date) {
  const rows = await db
    .select({
      kind: notifications.kind,
      subjectType: notifications.subjectType,
      subjectId: notifications.subjectId,
      chain: refColumns(chains),
      params: notifications.params,
    })
    .from(notifications)
    .leftJoin(chains, eq(chains.id, notifications.chainId))
    .where(
      and(
        eq(notifications.recipientId, userId),
        isNull(notifications.readAt),
        lte(notifications.updatedAt, now),
        through ? gt(notifications.updatedAt, through) : undefined,
      ),
    )
    .orderBy(desc(notifications.updatedAt), desc(notifications.id));
  return rows.map((row) => ({ ...row, params: row.params as NotificationParams }));
}

/**
 * One digest tick as of `now`: nothing before the hour; after it, each due user's mail. A send
 * that fails is logged and recorded in the security audit, and the others still go out.
 */
export async function sendDigests(
  db: Database,
  mailer: Mailer,
  now: Date,
  settings: DigestSettings,
  log: (line: string) => void,
): Promise<DigestRun> {
  const run = { sent: 0, failed: 0 };
  if (cityHour(now) < settings.hour) return run;
  const day = cityDay(now);
  const due = await db
    .select({ id: users.id })
    .from(users)
    .where(
      and(
        hasEmail,
        notYetOn(day),
        exists(
          db
            .select({ one: sql`1` })
            .from(notifications)
            .where(unreadSinceDigest(now)),
        ),
      ),
    )
    .orderBy(users.id);
  for (const { id } of due) {
    const user = await claim(db, id, day);
    if (!user?.email) continue;
    const items = await itemsOf(db, id, user.digestThrough, now);
    if (items.length === 0) {
      await release(db, id, day);
      continue;
    }
    const event = { actor: null, object: user.username, at: now };
    try {
      await mailer.send(
        digestMail({ email: user.email, displayName: user.displayName }, items, {
          day,
          publicUrl: settings.publicUrl,
        }),
      );
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      await release(db, id, day);
      await recordSecurityEvent(db, {
        ...event,
        type: 'mail_digest',
        result: 'failure',
        detail: { day, notifications: items.length, reason },
      });
      log(`Mail digest to ${user.username} failed, tried again at the next tick: ${reason}`);
      run.failed += 1;
      continue;
    }
    await db.update(users).set({ digestThrough: now }).where(eq(users.id, id));
    await recordSecurityEvent(db, {
      ...event,
      type: 'mail_digest',
      result: 'success',
      detail: { day, notifications: items.length },
    });
    run.sent += 1;
  }
  if (run.sent + run.failed > 0) {
    log(`Mail digest for ${day}: ${run.sent} sent, ${run.failed} failed`);
  }
  return run;
}

/**
 * The server's digest: one tick at a time, on a timer (server/node/serve.ts). Like the sweep, a
 * tick that fails (the database away) is the caller's to log; the next one starts afresh.
 */
export class MailDigest {
  private running: Promise<DigestRun> | undefined;

  constructor(
    private readonly db: Database,
    private readonly mailer: Mailer,
    private readonly now: () => Date,
    private readonly settings: DigestSettings,
    private readonly log: (line: string) => void,
  ) {}

  run(): Promise<DigestRun> {
    this.running ??= sendDigests(this.db, this.mailer, this.now(), this.settings, this.log).finally(
      () => {
        this.running = undefined;
      },
    );
    return this.running;
  }

  /** Resolves once no tick runs, then lets the mail server's connections go. */
  async close(): Promise<void> {
    await this.running?.catch(() => undefined);
    this.mailer.close();
  }
}
