import { and, between, desc, eq, isNull, ne, or, type AnyColumn } from 'drizzle-orm';
import type { ChangeItem, ChangeKind } from '../../../contract/changes';
import type { NamedRef } from '../../../contract/common';
import type { Database } from '../../../db/database';
import { problems, projects, statusReports } from '../../../db/schema';
import { auditedChanges, type AuditedChange } from './audit-changes.queries';
import { addDays, type ChangeWindow } from './change-window';

interface Moment {
  id: number;
  chainId: number | null;
  name: string;
  nameEn: string | null;
  change: ChangeKind;
  /** The record's field that holds the day, as the audit snapshot names it. */
  field: string;
  on: string;
  before: string | null;
  after: string | null;
}

/**
 * Who set `field` to the day: the newest write in the window that moved it there. The record's
 * own date says when; the audit trail says who (nobody, for a record loaded with the city).
 */
function authorOf(events: AuditedChange[], moment: Moment): string | null {
  const event = events.find(
    (candidate) =>
      candidate.entityId === String(moment.id) &&
      candidate.after?.[moment.field] === moment.on &&
      candidate.before?.[moment.field] !== moment.on,
  );
  return event?.by ?? null;
}

function toItems(
  moments: Moment[],
  events: AuditedChange[],
  target: 'project' | 'problem',
  chainsById: Map<number, NamedRef>,
): ChangeItem[] {
  return moments
    .sort((a, b) => b.on.localeCompare(a.on) || b.id - a.id)
    .map((moment) => ({
      key: `${target}:${moment.id}:${moment.change}`,
      chain: moment.chainId === null ? null : (chainsById.get(moment.chainId) ?? null),
      target,
      targetId: moment.id,
      name: moment.name,
      nameEn: moment.nameEn,
      subject: null,
      change: moment.change,
      before: moment.before,
      after: moment.after,
      rating: null,
      unit: null,
      on: moment.on,
      by: moment.change === 'overdue' ? null : authorOf(events, moment),
    }));
}

const inWindow = (column: AnyColumn, window: ChangeWindow) =>
  between(column, window.from, window.to);

const projectMoments = [
  { change: 'signed', field: 'signedOn' },
  { change: 'started', field: 'startedOn' },
  { change: 'in_production', field: 'productionOn' },
] as const;

/** Projects that were signed, started or went into production on a day of the window. */
export async function loadProjectChanges(
  db: Database,
  window: ChangeWindow,
  chainId: number | undefined,
  chainsById: Map<number, NamedRef>,
): Promise<ChangeItem[]> {
  const [rows, events] = await Promise.all([
    db
      .select()
      .from(projects)
      .where(
        and(
          isNull(projects.withdrawnAt),
          chainId === undefined ? undefined : eq(projects.chainId, chainId),
          or(
            inWindow(projects.signedOn, window),
            inWindow(projects.startedOn, window),
            inWindow(projects.productionOn, window),
          ),
        ),
      )
      .orderBy(desc(projects.id)),
    auditedChanges(db, ['project'], window, chainId),
  ]);
  const moments = rows.flatMap((row) =>
    projectMoments.flatMap(({ change, field }): Moment[] => {
      const on = row[field];
      if (!on || on < window.from || on > window.to) return [];
      return [{ ...row, change, field, on, before: null, after: row.stage }];
    }),
  );
  return toItems(moments, events, 'project', chainsById);
}

/**
 * Problems raised or resolved on a day of the window, and those whose deadline passed in it
 * (it was the day before one of the window's days) with the problem still not resolved.
 */
export async function loadProblemChanges(
  db: Database,
  window: ChangeWindow,
  chainId: number | undefined,
  chainsById: Map<number, NamedRef>,
): Promise<ChangeItem[]> {
  const overdueFrom = addDays(window.from, -1);
  const overdueTo = addDays(window.to, -1);
  const [rows, events] = await Promise.all([
    db
      .select()
      .from(problems)
      .where(
        and(
          isNull(problems.withdrawnAt),
          chainId === undefined ? undefined : eq(problems.chainId, chainId),
          or(
            inWindow(problems.raisedOn, window),
            inWindow(problems.resolvedOn, window),
            and(
              between(problems.deadline, overdueFrom, overdueTo),
              ne(problems.status, 'resolved'),
            ),
          ),
        ),
      )
      .orderBy(desc(problems.id)),
    auditedChanges(db, ['problem'], window, chainId),
  ]);
  const moments = rows.flatMap((row): Moment[] => {
    const base = { id: row.id, chainId: row.chainId, name: row.title, nameEn: null };
    const found: Moment[] = [];
    if (row.raisedOn >= window.from && row.raisedOn <= window.to) {
      found.push({
        ...base,
        change: 'raised',
        field: 'raisedOn',
        on: row.raisedOn,
        before: null,
        after: row.status,
      });
    }
    if (row.resolvedOn && row.resolvedOn >= window.from && row.resolvedOn <= window.to) {
      found.push({
        ...base,
        change: 'resolved',
        field: 'resolvedOn',
        on: row.resolvedOn,
        before: null,
        after: row.status,
      });
    }
    if (
      row.deadline &&
      row.status !== 'resolved' &&
      row.deadline >= overdueFrom &&
      row.deadline <= overdueTo
    ) {
      // Overdue from the day after the deadline: the day it became so.
      const on = addDays(row.deadline, 1);
      found.push({
        ...base,
        change: 'overdue',
        field: 'deadline',
        on,
        before: null,
        after: row.deadline,
      });
    }
    return found;
  });
  return toItems(moments, events, 'problem', chainsById);
}

/** 专班动态 reported on a day of the window; the report names its author. */
export async function loadReportChanges(
  db: Database,
  window: ChangeWindow,
  chainId: number | undefined,
  chainsById: Map<number, NamedRef>,
): Promise<ChangeItem[]> {
  const rows = await db
    .select()
    .from(statusReports)
    .where(
      and(
        isNull(statusReports.withdrawnAt),
        chainId === undefined ? undefined : eq(statusReports.chainId, chainId),
        inWindow(statusReports.reportedOn, window),
      ),
    )
    .orderBy(desc(statusReports.reportedOn), desc(statusReports.id));
  return rows.map((row) => ({
    key: `status_report:${row.id}`,
    chain: chainsById.get(row.chainId) ?? null,
    target: 'chain',
    targetId: row.chainId,
    name: row.title,
    nameEn: null,
    subject: null,
    change: 'filed',
    before: null,
    after: row.status,
    rating: null,
    unit: null,
    on: row.reportedOn,
    by: row.authorName,
  }));
}
