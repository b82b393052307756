import { and, asc, desc, eq, gte, isNull, sql } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import {
  chains,
  datasetInfo,
  departments,
  firms,
  leads,
  parks,
  problems,
  projects,
  targetFirms,
} from '../../../db/schema';
import { CITY_TIME_ZONE } from '../../../contract/city-time';
import { refColumns } from '../../queries/refs';
import { isRedProblem, isStalledLead, type SupervisionClock } from '../../queries/rules';
import { aggregateRow, countWhere, firstRow, sumAmount, textOrder } from '../../queries/sql';

/** How many of the newest or longest-idle rows a panel has room for. */
export const SCREEN_LIST_LENGTH = 5;

const month = (column: typeof projects.signedOn | typeof problems.raisedOn) =>
  sql<string>`to_char(${column}, 'YYYY-MM')`;

/** 招商 projects signed per month since `since` (the first day of the first month shown). */
function signedByMonth(db: Database, since: string) {
  const signedMonth = month(projects.signedOn);
  return db
    .select({
      month: signedMonth,
      count: sql<number>`count(*)`.mapWith(Number),
      investmentYi: sumAmount(projects.investmentYi),
    })
    .from(projects)
    .where(
      and(
        eq(projects.origin, 'investment_promotion'),
        isNull(projects.withdrawnAt),
        gte(projects.signedOn, since),
      ),
    )
    .groupBy(signedMonth);
}

/** Problems raised per month since `since`, and how many of them are resolved by now. */
function problemsByMonth(db: Database, since: string) {
  const raisedMonth = month(problems.raisedOn);
  return db
    .select({
      month: raisedMonth,
      raised: sql<number>`count(*)`.mapWith(Number),
      resolved: countWhere(eq(problems.status, 'resolved')),
    })
    .from(problems)
    .where(and(isNull(problems.withdrawnAt), gte(problems.raisedOn, since)))
    .groupBy(raisedMonth);
}

function stalledLeads(db: Database, asOf: string) {
  const updatedOn = sql<string>`(${leads.updatedAt} at time zone ${CITY_TIME_ZONE})::date::text`;
  return Promise.all([
    aggregateRow(db.select({ count: countWhere(isStalledLead(asOf)) }).from(leads)),
    db
      .select({
        id: leads.id,
        targetFirm: targetFirms.name,
        chain: refColumns(chains),
        updatedOn,
      })
      .from(leads)
      .innerJoin(targetFirms, eq(leads.targetFirmId, targetFirms.id))
      .innerJoin(chains, eq(leads.chainId, chains.id))
      .where(isStalledLead(asOf))
      .orderBy(asc(leads.updatedAt), asc(leads.id))
      .limit(SCREEN_LIST_LENGTH),
  ]);
}

/** Red problems, those past their deadline the shortest (the most recently turned red) first. */
function redProblems(db: Database, clock: SupervisionClock) {
  const red = and(isNull(problems.withdrawnAt), isRedProblem(clock));
  return Promise.all([
    aggregateRow(
      db
        .select({ count: sql<number>`count(*)`.mapWith(Number) })
        .from(problems)
        .where(red),
    ),
    db
      .select({
        id: problems.id,
        title: problems.title,
        chain: refColumns(chains),
        department: refColumns(departments),
        deadline: problems.deadline,
        daysOverdue: sql<number>`${clock.asOf}::date - ${problems.deadline}`.mapWith(Number),
      })
      .from(problems)
      .leftJoin(chains, eq(problems.chainId, chains.id))
      .leftJoin(departments, eq(problems.ownerDepartmentId, departments.id))
      .where(red)
      .orderBy(desc(problems.deadline), desc(problems.id))
      .limit(SCREEN_LIST_LENGTH),
  ]);
}

function projectsByStage(db: Database) {
  return db
    .select({
      stage: projects.stage,
      count: sql<number>`count(*)`.mapWith(Number),
      investmentYi: sumAmount(projects.investmentYi),
    })
    .from(projects)
    .where(isNull(projects.withdrawnAt))
    .groupBy(projects.stage);
}

/** Every park that is not withdrawn, with its district, output and firms. */
function parksWithFirms(db: Database) {
  return db
    .select({
      id: parks.id,
      name: parks.name,
      nameEn: parks.nameEn,
      district: parks.district,
      outputYi: parks.outputYi,
      firms: sql<number>`count(${firms.id})`.mapWith(Number),
    })
    .from(parks)
    .leftJoin(firms, and(eq(firms.parkId, parks.id), isNull(firms.withdrawnAt)))
    .where(isNull(parks.withdrawnAt))
    .groupBy(parks.id)
    .orderBy(textOrder(parks.district), desc(parks.outputYi), asc(parks.id));
}

/** The screen's rows; `since` is the first day of the first month the monthly panels show. */
export async function loadScreenData(db: Database, clock: SupervisionClock, since: string) {
  const [dataset, signed, raised, stalled, red, stages, parkRows] = await Promise.all([
    firstRow(db.select().from(datasetInfo).limit(1)),
    signedByMonth(db, since),
    problemsByMonth(db, since),
    stalledLeads(db, clock.asOf),
    redProblems(db, clock),
    projectsByStage(db),
    parksWithFirms(db),
  ]);
  return { dataset, signed, raised, stalled, red, stages, parkRows };
}

export type ScreenData = Awaited<ReturnType<typeof loadScreenData>>;
