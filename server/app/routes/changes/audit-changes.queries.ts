import { and, desc, eq, gte, inArray, lt, sql } from 'drizzle-orm';
import type { ChangeItem } from '../../../contract/changes';
import { cityDay } from '../../../contract/city-time';
import type { NamedRef } from '../../../contract/common';
import type { IndicatorDirection } from '../../../contract/domain';
import { rateIndicator } from '../../../contract/indicator-rating';
import type { Database } from '../../../db/database';
import { auditEvents, indicators, targetFirms, users } from '../../../db/schema';
import { cityDayStart } from '../audit/audit.queries';
import type { ChangeWindow } from './change-window';

/** The kinds of record whose changes only the audit trail remembers. */
const auditedTypes = ['chain_status', 'five_one', 'indicator_value', 'lead'] as const;

type Snapshot = Record<string, unknown>;

export interface AuditedChange {
  id: number;
  at: Date;
  entityType: string;
  entityId: string;
  chainId: number | null;
  action: string;
  before: Snapshot | null;
  after: Snapshot | null;
  by: string;
}

/** The window's events of `types`, newest first, each with its author's display name. */
export async function auditedChanges(
  db: Database,
  types: readonly string[],
  window: ChangeWindow,
  chainId: number | undefined,
): Promise<AuditedChange[]> {
  const rows = await db
    .select({
      id: auditEvents.id,
      at: auditEvents.at,
      entityType: auditEvents.entityType,
      entityId: auditEvents.entityId,
      chainId: auditEvents.chainId,
      action: auditEvents.action,
      before: auditEvents.before,
      after: auditEvents.after,
      // An account removed since keeps its events: the username is what is left of it.
      by: sql<string>`coalesce(${users.displayName}, ${auditEvents.actor})`,
    })
    .from(auditEvents)
    .leftJoin(users, eq(users.id, auditEvents.userId))
    .where(
      and(
        inArray(auditEvents.entityType, [...types]),
        chainId === undefined ? undefined : eq(auditEvents.chainId, chainId),
        gte(auditEvents.at, cityDayStart(window.from)),
        lt(auditEvents.at, sql`${cityDayStart(window.to)} + interval '1 day'`),
      ),
    )
    .orderBy(desc(auditEvents.at), desc(auditEvents.id));
  return rows.map((row) => ({
    ...row,
    before: row.before as Snapshot | null,
    after: row.after as Snapshot | null,
  }));
}

const text = (value: unknown) =>
  value === null || value === undefined ? null : String(value as string | number);

/** A field that the event moved: a create sets it, a change alters it. */
function moved(event: AuditedChange, field: string): boolean {
  const after = event.after?.[field];
  if (after === undefined || after === null) return false;
  return event.before?.[field] !== after;
}

function itemOf(
  event: AuditedChange,
  chain: NamedRef | null,
  fields: Pick<ChangeItem, 'target' | 'targetId' | 'name' | 'nameEn' | 'subject' | 'change'> &
    Partial<Pick<ChangeItem, 'before' | 'after' | 'rating' | 'unit'>>,
): ChangeItem {
  return {
    key: `audit:${event.id}`,
    chain,
    before: null,
    after: null,
    rating: null,
    unit: null,
    ...fields,
    on: cityDay(event.at),
    by: event.by,
  };
}

export interface AuditSections {
  chainStatus: ChangeItem[];
  fiveOnes: ChangeItem[];
  indicators: ChangeItem[];
  leads: ChangeItem[];
}

/** Chain statuses, five-ones states, indicator figures and lead stages moved in the window. */
export async function loadAuditSections(
  db: Database,
  window: ChangeWindow,
  chainId: number | undefined,
  chainsById: Map<number, NamedRef>,
): Promise<AuditSections> {
  const events = await auditedChanges(db, auditedTypes, window, chainId);
  const chainOf = (event: AuditedChange) =>
    event.chainId === null ? null : (chainsById.get(event.chainId) ?? null);
  const sections: AuditSections = { chainStatus: [], fiveOnes: [], indicators: [], leads: [] };
  const [indicatorsById, firmsById] = await Promise.all([
    indicatorsOf(db, events),
    targetFirmsOf(db, events),
  ]);

  for (const event of events) {
    const chain = chainOf(event);
    const own = {
      target: 'chain' as const,
      targetId: event.chainId ?? 0,
      name: chain?.name ?? '',
      nameEn: chain?.nameEn ?? null,
    };
    if (event.entityType === 'chain_status' && moved(event, 'status')) {
      sections.chainStatus.push(
        itemOf(event, chain, {
          ...own,
          subject: null,
          change: 'status',
          before: text(event.before?.status),
          after: text(event.after?.status),
        }),
      );
    } else if (event.entityType === 'five_one' && moved(event, 'state')) {
      sections.fiveOnes.push(
        itemOf(event, chain, {
          ...own,
          subject: event.entityId.split(':')[1] ?? null,
          change: 'state',
          before: text(event.before?.state),
          after: text(event.after?.state),
        }),
      );
    } else if (event.entityType === 'indicator_value' && moved(event, 'value')) {
      const indicator = indicatorsById.get(Number(event.after?.indicatorId));
      if (!indicator) continue;
      sections.indicators.push(
        itemOf(event, chain, {
          target: 'chain',
          targetId: event.chainId ?? 0,
          name: indicator.name,
          nameEn: indicator.nameEn,
          subject: text(event.after?.period),
          change: 'entered',
          before: text(event.before?.value),
          after: text(event.after?.value),
          unit: indicator.unit,
          rating: rateIndicator({
            direction: indicator.direction,
            value: Number(event.after?.value),
            target: Number(event.after?.target),
            warningThreshold: Number(event.after?.warningThreshold),
            excellentThreshold: Number(event.after?.excellentThreshold),
          }),
        }),
      );
    } else if (event.entityType === 'lead' && moved(event, 'stage')) {
      const firm = firmsById.get(Number(event.after?.targetFirmId));
      const created = event.before === null;
      sections.leads.push(
        itemOf(event, chain, {
          target: 'lead',
          targetId: Number(event.entityId),
          name: firm?.name ?? `#${event.entityId}`,
          nameEn: firm?.nameEn ?? null,
          subject: null,
          change: created ? 'created' : 'stage',
          before: created ? null : text(event.before?.stage),
          after: text(event.after?.stage),
        }),
      );
    }
  }
  return sections;
}

interface IndicatorRef extends NamedRef {
  unit: string;
  direction: IndicatorDirection;
}

async function indicatorsOf(db: Database, events: AuditedChange[]) {
  const ids = idsOf(events, 'indicator_value', 'indicatorId');
  if (ids.length === 0) return new Map<number, IndicatorRef>();
  const rows = await db
    .select({
      id: indicators.id,
      name: indicators.name,
      nameEn: indicators.nameEn,
      unit: indicators.unit,
      direction: indicators.direction,
    })
    .from(indicators)
    .where(inArray(indicators.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

async function targetFirmsOf(db: Database, events: AuditedChange[]) {
  const ids = idsOf(events, 'lead', 'targetFirmId');
  if (ids.length === 0) return new Map<number, NamedRef>();
  const rows = await db
    .select({ id: targetFirms.id, name: targetFirms.name, nameEn: targetFirms.nameEn })
    .from(targetFirms)
    .where(inArray(targetFirms.id, ids));
  return new Map(rows.map((row) => [row.id, row]));
}

function idsOf(events: AuditedChange[], type: string, field: string): number[] {
  const ids = new Set<number>();
  for (const event of events) {
    const id = Number(event.after?.[field]);
    if (event.entityType === type && Number.isInteger(id)) ids.add(id);
  }
  return [...ids];
}
