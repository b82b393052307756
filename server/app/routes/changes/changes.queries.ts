import { asc } from 'drizzle-orm';
import {
  MAX_CHANGE_ITEMS,
  type ChangeItem,
  type ChangeSectionName,
  type Changes,
} from '../../../contract/changes';
import type { NamedRef } from '../../../contract/common';
import type { Database } from '../../../db/database';
import { chains } from '../../../db/schema';
import { notFound } from '../../errors';
import { refColumns } from '../../queries/refs';
import { loadAuditSections } from './audit-changes.queries';
import { changeWindow } from './change-window';
import {
  loadProblemChanges,
  loadProjectChanges,
  loadReportChanges,
} from './record-changes.queries';

const section = (name: ChangeSectionName, items: ChangeItem[]) => ({
  section: name,
  total: items.length,
  items: items.slice(0, MAX_CHANGE_ITEMS),
});

/** What changed in the chain (or the city) in the window: the screen's, the slide's and the sheet's. */
export async function loadChanges(
  db: Database,
  query: { chain?: number; from?: string; to?: string },
  today: string,
): Promise<Changes> {
  const window = changeWindow(query, today);
  const chainRows = await db
    .select(refColumns(chains))
    .from(chains)
    .orderBy(asc(chains.sortOrder), asc(chains.id));
  const chainsById = new Map<number, NamedRef>(chainRows.map((row) => [row.id, row]));
  const chain = query.chain === undefined ? null : chainsById.get(query.chain);
  if (chain === undefined) throw notFound('Chain');
  const [audited, projectItems, problemItems, reportItems] = await Promise.all([
    loadAuditSections(db, window, query.chain, chainsById),
    loadProjectChanges(db, window, query.chain, chainsById),
    loadProblemChanges(db, window, query.chain, chainsById),
    loadReportChanges(db, window, query.chain, chainsById),
  ]);
  return {
    chain,
    ...window,
    sections: [
      section('chainStatus', audited.chainStatus),
      section('fiveOnes', audited.fiveOnes),
      section('projects', projectItems),
      section('problems', problemItems),
      section('indicators', audited.indicators),
      section('reports', reportItems),
      section('leads', audited.leads),
    ],
  };
}
