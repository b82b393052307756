import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sendDigests, type DigestSettings } from '../../server/app/notifications/digest';
import { smtpMailer, type Mailer } from '../../server/app/notifications/mailer';
import type { Database } from '../../server/db/database';
import { notifications, securityEvents, users } from '../../server/db/schema';
import { readEnv } from '../../server/env';
import { mailDigestOf } from '../../server/node/serve';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { useTestApi } from './support/api';
import { closedSmtpUrl, startSmtpServer, type TestSmtpServer } from './support/smtp';

const FROM = 'digest@chainboard.example';
const PUBLIC_URL = 'https://chainboard.example';
/** Not the default 8: the tests show the setting is the one obeyed. */
const SETTINGS: DigestSettings = { hour: 9, publicUrl: PUBLIC_URL };

let counter = 0;

/** A user with `email` (none when null), straight in the database. */
async function userWith(db: Database, email: string | null, { disabled = false } = {}) {
  const user = await createTestUser(db, { role: 'editor' });
  await db
    .update(users)
    .set({ email, disabledAt: disabled ? new Date('2026-01-01T00:00:00Z') : null })
    .where(eq(users.id, user.id));
  return user;
}

/** An overdue-problem notification of `title` for `recipientId`, made at `at`. */
async function tell(
  db: Database,
  recipientId: number,
  title: string,
  at: string,
  { read = false, subjectId = 100 + (counter += 1) } = {},
) {
  await db.insert(notifications).values({
    recipientId,
    kind: 'problem_overdue',
    subjectType: 'problem',
    subjectId,
    chainId: null,
    dedupeKey: `${title}-${counter}`,
    params: { title, deadline: '2026-06-30' },
    createdAt: new Date(at),
    updatedAt: new Date(at),
    readAt: read ? new Date(at) : null,
  });
}

async function claimedDay(db: Database, userId: number) {
  const [row] = await db
    .select({ day: users.digestSentOn })
    .from(users)
    .where(eq(users.id, userId));
  return row?.day;
}

function digestEvents(db: Database, username: string) {
  return db
    .select({
      result: securityEvents.result,
      actor: securityEvents.actor,
      detail: securityEvents.detail,
    })
    .from(securityEvents)
    .where(and(eq(securityEvents.type, 'mail_digest'), eq(securityEvents.object, username)))
    .orderBy(securityEvents.id);
}

describe.each(engines)('the daily mail digest on %s', (engine) => {
  const api = useTestApi(engine, { sample: false });
  let smtp: TestSmtpServer;
  let mailer: Mailer;
  const log: string[] = [];
  const tick = (instant: string, through: Mailer = mailer) =>
    sendDigests(api.db, through, new Date(instant), SETTINGS, (line) => log.push(line));
  const mailsTo = (address: string) => smtp.mails.filter((mail) => mail.to.includes(address));

  beforeAll(async () => {
    smtp = await startSmtpServer({ refuse: ['refused@example.com'] });
    mailer = smtpMailer(smtp.url, `链长制驾驶舱 <${FROM}>`);
  });
  afterAll(async () => {
    mailer.close();
    await smtp.close();
  });

  test('one mail at the configured hour of the city’s day, listing the unread with their links', async () => {
    const alice = await userWith(api.db, 'alice@example.com');
    await tell(api.db, alice.id, '园区用电未落实', '2026-07-01T15:00:00+08:00', { subjectId: 501 });
    await tell(api.db, alice.id, '人才公寓未交付', '2026-07-01T16:00:00+08:00', { subjectId: 502 });
    await tell(api.db, alice.id, '已经读过的问题', '2026-07-01T17:00:00+08:00', { read: true });
    const noEmail = await userWith(api.db, null);
    await tell(api.db, noEmail.id, '无邮箱用户的问题', '2026-07-01T15:00:00+08:00');
    const allRead = await userWith(api.db, 'all-read@example.com');
    await tell(api.db, allRead.id, '全部已读', '2026-07-01T15:00:00+08:00', { read: true });
    const disabled = await userWith(api.db, 'disabled@example.com', { disabled: true });
    await tell(api.db, disabled.id, '停用用户的问题', '2026-07-01T15:00:00+08:00');

    // 07:30 in the city is 23:30 UTC the day before: past 9 by UTC's clock, not by the city's.
    await tick('2026-07-02T07:30:00+08:00');
    await tick('2026-07-02T08:59:59+08:00');
    expect(smtp.mails).toEqual([]);
    expect(await claimedDay(api.db, alice.id)).toBeNull();

    // 09:00 in the city is 01:00 UTC: the city's hour has come.
    const run = await tick('2026-07-02T09:00:00+08:00');
    expect(run).toEqual({ sent: 1, failed: 0 });
    expect(smtp.mails).toHaveLength(1);
    const [mail] = mailsTo('alice@example.com');
    expect(mail?.from).toBe(FROM);
    expect(mail?.subject).toContain('2 条未读通知');
    expect(mail?.text).toContain(`${alice.displayName}，您好`);
    // The newest first, each with the link to its problem's page.
    expect(mail?.text).toContain(
      `1. 问题“人才公寓未交付”已超过办理时限（2026年6月30日）\n   ${PUBLIC_URL}/problems/502`,
    );
    expect(mail?.text).toContain(
      `2. 问题“园区用电未落实”已超过办理时限（2026年6月30日）\n   ${PUBLIC_URL}/problems/501`,
    );
    expect(mail?.text).not.toContain('已经读过的问题');
    expect(await claimedDay(api.db, alice.id)).toBe('2026-07-02');
    expect(await digestEvents(api.db, alice.username)).toEqual([
      { result: 'success', actor: null, detail: { day: '2026-07-02', notifications: 2 } },
    ]);
    for (const user of [noEmail, allRead, disabled]) {
      expect(await claimedDay(api.db, user.id)).toBeNull();
    }
  });

  test('once a day: a second tick, or two servers at once, send nothing more; tomorrow’s lists only what is new', async () => {
    const erin = await userWith(api.db, 'erin@example.com');
    await tell(api.db, erin.id, '昨天的问题', '2026-07-02T18:00:00+08:00');
    const second = smtpMailer(smtp.url, FROM);
    // Two servers tick at the same moment: one claims the day, the other finds it taken.
    const runs = await Promise.all([
      tick('2026-07-03T09:05:00+08:00'),
      tick('2026-07-03T09:05:00+08:00', second),
    ]);
    second.close();
    expect(runs.map((run) => run.sent).sort()).toEqual([0, 1]);
    await tell(api.db, erin.id, '今天下午的问题', '2026-07-03T16:00:00+08:00');
    await tick('2026-07-03T17:00:00+08:00');
    await tick('2026-07-03T23:59:00+08:00');
    expect(mailsTo('erin@example.com')).toHaveLength(1);

    await tick('2026-07-04T09:00:00+08:00');
    const [first, next] = mailsTo('erin@example.com');
    expect(first?.text).toContain('昨天的问题');
    expect(next?.subject).toContain('1 条未读通知');
    expect(next?.text).toContain('今天下午的问题');
    expect(next?.text).not.toContain('昨天的问题');
    expect(await claimedDay(api.db, erin.id)).toBe('2026-07-04');
  });

  test('a mail server that is down leaves the day unclaimed, and the next tick sends it', async () => {
    const frank = await userWith(api.db, 'frank@example.com');
    await tell(api.db, frank.id, '服务器故障时的问题', '2026-07-04T20:00:00+08:00');
    const down = smtpMailer(await closedSmtpUrl(), FROM);
    expect(await tick('2026-07-05T09:00:00+08:00', down)).toEqual({ sent: 0, failed: 1 });
    down.close();
    expect(await claimedDay(api.db, frank.id)).toBeNull();
    const [failure] = await digestEvents(api.db, frank.username);
    expect(failure).toMatchObject({ result: 'failure', detail: { day: '2026-07-05' } });
    expect(log.some((line) => line.startsWith(`Mail digest to ${frank.username} failed`))).toBe(
      true,
    );

    expect(await tick('2026-07-05T09:10:00+08:00')).toEqual({ sent: 1, failed: 0 });
    expect(mailsTo('frank@example.com')[0]?.text).toContain('服务器故障时的问题');
    expect(await claimedDay(api.db, frank.id)).toBe('2026-07-05');
  });

  test('a mailbox the server refuses fails alone: the others still get theirs', async () => {
    const refused = await userWith(api.db, 'refused@example.com');
    const grace = await userWith(api.db, 'grace@example.com');
    await tell(api.db, refused.id, '被拒收的问题', '2026-07-05T20:00:00+08:00');
    await tell(api.db, grace.id, '照常发送的问题', '2026-07-05T20:00:00+08:00');
    expect(await tick('2026-07-06T09:00:00+08:00')).toEqual({ sent: 1, failed: 1 });
    expect(mailsTo('grace@example.com')).toHaveLength(1);
    expect(mailsTo('refused@example.com')).toEqual([]);
    expect(await claimedDay(api.db, refused.id)).toBeNull();
  });

  test('the server sends no mail without SMTP_URL, and the configured digest with it', async () => {
    expect(mailDigestOf(readEnv({}), api.db, () => undefined)).toBeUndefined();
    const henry = await userWith(api.db, 'henry@example.com');
    await tell(api.db, henry.id, '配置测试的问题', new Date(Date.now() - 60_000).toISOString());
    const digest = mailDigestOf(
      readEnv({ SMTP_URL: smtp.url, MAIL_FROM: FROM, PUBLIC_URL, MAIL_DIGEST_HOUR: '0' }),
      api.db,
      () => undefined,
    );
    expect(digest).toBeDefined();
    await digest?.run();
    await digest?.close();
    expect(mailsTo('henry@example.com')[0]?.text).toContain('配置测试的问题');
  });
});

describe('the mail settings of the environment', () => {
  test('no SMTP_URL: no mail, and nothing else asked for', () => {
    expect(readEnv({})).toMatchObject({ MAIL_DIGEST_HOUR: 8 });
    expect(readEnv({}).SMTP_URL).toBeUndefined();
  });

  test('with SMTP_URL, MAIL_FROM and PUBLIC_URL are required', () => {
    expect(() => readEnv({ SMTP_URL: 'smtp://mail.example:587' })).toThrow(
      /MAIL_FROM: is required when SMTP_URL is set[\s\S]*PUBLIC_URL: is required/,
    );
    const env = readEnv({
      SMTP_URL: 'smtps://user:pass@mail.example:465',
      MAIL_FROM: '链长制驾驶舱 <noreply@mail.example>',
      PUBLIC_URL: 'https://chainboard.example/',
      MAIL_DIGEST_HOUR: '7',
    });
    expect(env).toMatchObject({ MAIL_DIGEST_HOUR: 7, PUBLIC_URL: 'https://chainboard.example' });
  });

  test('bad values stop start-up naming the variable', () => {
    const bad = {
      SMTP_URL: ['http://mail.example', 'not a url'],
      MAIL_FROM: ['nobody', 'Name <nobody>'],
      MAIL_DIGEST_HOUR: ['24', '-1', '8.5', 'eight'],
      PUBLIC_URL: ['ftp://chainboard.example', 'chainboard.example'],
    };
    for (const [name, values] of Object.entries(bad)) {
      for (const value of values) {
        expect(() => readEnv({ [name]: value }), `${name}=${value}`).toThrow(
          new RegExp(`${name}: must`),
        );
      }
    }
  });
});
