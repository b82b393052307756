import { and, eq, isNotNull, isNull, lte } from 'drizzle-orm';
import { REPORT_DUE_SOON_DAYS } from '../../contract/alerts';
import { cityDay } from '../../contract/city-time';
import { chains, notifications, problems, statusReports, taskForces } from '../../db/schema';
import type { Database } from '../../db/database';
import { reportSchedule } from '../queries/report-periods';
import { isUnresolvedProblem } from '../queries/rules';
import type { NewNotification } from './notify';
import { chainEditors, departmentUsers } from './recipients';

/*
 * The notifications that come with time rather than with a write: problems due soon and overdue,
 * status reports due soon and missing. Judged on the city's calendar day (cityDay), and keyed by
 * the deadline or the report period, so a sweep run twice, or by two servers at once, adds each
 * notification once; a moved deadline is a new one.
 */

/** How often the server sweeps, and how old the last sweep may be when someone opens the bell. */
export const SWEEP_PERIOD_MS = 60 * 60 * 1000;

const DAY_MS = 86_400_000;

function addDays(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

interface Pending {
  chainId: number;
  /** A problem's owner department, whose users are told too. */
  departmentId?: number | null;
  notification: NewNotification;
}

async function problemsOnTheClock(db: Database, today: string, dueSoonDays: number) {
  const rows = await db
    .select({
      id: problems.id,
      title: problems.title,
      chainId: problems.chainId,
      departmentId: problems.ownerDepartmentId,
      deadline: problems.deadline,
    })
    .from(problems)
    .where(
      and(
        isNull(problems.withdrawnAt),
        isUnresolvedProblem,
        isNotNull(problems.chainId),
        lte(problems.deadline, addDays(today, dueSoonDays)),
      ),
    );
  return rows.flatMap(({ id, title, chainId, departmentId, deadline }): Pending[] =>
    chainId === null || deadline === null
      ? []
      : [
          {
            chainId,
            departmentId,
            notification: {
              kind: deadline < today ? 'problem_overdue' : 'problem_due_soon',
              subjectType: 'problem',
              subjectId: id,
              chainId,
              dedupeKey: deadline,
              params: { title, deadline },
            },
          },
        ],
  );
}

async function reportsDueOrMissing(db: Database, today: string) {
  const [forces, reports] = await Promise.all([
    db
      .select({ chainId: taskForces.chainId, cadence: taskForces.reportCadence })
      .from(taskForces)
      .innerJoin(chains, eq(chains.id, taskForces.chainId))
      .where(isNull(chains.retiredAt)),
    db
      .selectDistinct({ chainId: statusReports.chainId, reportedOn: statusReports.reportedOn })
      .from(statusReports)
      .where(isNull(statusReports.withdrawnAt)),
  ]);
  return forces.flatMap(({ chainId, cadence }): Pending[] => {
    const days = reports.filter((row) => row.chainId === chainId).map((row) => row.reportedOn);
    const schedule = reportSchedule(cadence, today, days);
    const pending: Pending[] = [];
    const about = { subjectType: 'task_force', subjectId: chainId, chainId } as const;
    if (!schedule.current.filed && schedule.dueInDays <= REPORT_DUE_SOON_DAYS) {
      const periodEndsOn = schedule.current.endsOn;
      pending.push({
        chainId,
        notification: {
          kind: 'report_due',
          ...about,
          dedupeKey: periodEndsOn,
          params: { periodEndsOn },
        },
      });
    }
    // Only the latest gap: the older ones were told when they were the latest.
    const missing = schedule.missing.at(-1);
    if (missing) {
      pending.push({
        chainId,
        notification: {
          kind: 'report_missing',
          ...about,
          dedupeKey: missing.endsOn,
          params: { periodEndsOn: missing.endsOn },
        },
      });
    }
    return pending;
  });
}

/** One sweep as of `now`: adds what is due and not yet told; never a second copy. */
export async function sweepNotifications(
  db: Database,
  now: Date,
  { dueSoonDays }: { dueSoonDays: number },
): Promise<void> {
  const today = cityDay(now);
  const pending = [
    ...(await problemsOnTheClock(db, today, dueSoonDays)),
    ...(await reportsDueOrMissing(db, today)),
  ];
  const editors = new Map<number, number[]>();
  for (const chainId of new Set(pending.map((one) => one.chainId))) {
    editors.set(chainId, await chainEditors(db, chainId));
  }
  const departments = new Map<number, number[]>();
  for (const departmentId of new Set(pending.map((one) => one.departmentId))) {
    if (departmentId) departments.set(departmentId, await departmentUsers(db, departmentId));
  }
  const rows = pending.flatMap(({ chainId, departmentId, notification }) =>
    [
      ...new Set([
        ...(editors.get(chainId) ?? []),
        ...(departmentId ? (departments.get(departmentId) ?? []) : []),
      ]),
    ].map((recipientId) => ({
      ...notification,
      recipientId,
      createdAt: now,
      updatedAt: now,
    })),
  );
  // 10 parameters a row: 1,000 rows stay well under PostgreSQL's 65,535.
  for (let start = 0; start < rows.length; start += 1000) {
    await db
      .insert(notifications)
      .values(rows.slice(start, start + 1000))
      .onConflictDoNothing();
  }
}

/**
 * Runs the sweep for one app. The Node server sweeps at start and then every SWEEP_PERIOD_MS
 * (server/node/serve.ts), so notifications arrive while nobody looks; the bell also asks for a
 * sweep when the last one is older than that (`sweepIfStale`), which is one comparison when it
 * is not, and what keeps the in-browser demo, which has no timer, current. One sweep at a time.
 */
export class NotificationSweeper {
  private lastAt: number | undefined;
  private running: Promise<void> | undefined;

  constructor(
    private readonly db: Database,
    private readonly now: () => Date,
    private readonly dueSoonDays: number,
  ) {}

  sweep(): Promise<void> {
    this.running ??= (async () => {
      const now = this.now();
      try {
        await sweepNotifications(this.db, now, { dueSoonDays: this.dueSoonDays });
        this.lastAt = now.getTime();
      } finally {
        this.running = undefined;
      }
    })();
    return this.running;
  }

  sweepIfStale(): Promise<void> {
    const last = this.lastAt;
    if (last !== undefined && this.now().getTime() - last < SWEEP_PERIOD_MS) {
      return Promise.resolve();
    }
    return this.sweep();
  }

  /** Resolves once no sweep runs: the server waits for it before closing the database. */
  async idle(): Promise<void> {
    await this.running?.catch(() => undefined);
  }
}
