import { toJsonValue } from '../../app/writes/json';
import { chainStatusKind, fiveOneKind, problemKind, projectKind } from '../../app/writes/kinds';
import type { auditEvents } from '../schema';
import { creditCode } from './credit-codes';
import { addDays, stamp } from './dates';
import { Random } from './random';
import type { Insert, SampleCity } from './rows';
import { sampleEditorName } from './users';

/** Its own seed, so the scaled copies never disturb the sample's own draws. */
const SCALE_SEED = 20_260_701;

/** Audit history generated per unit of scale: the volume a city's year of edits gives. */
export const AUDIT_EVENTS_PER_SCALE = 5_000;

/** How far back the generated audit history reaches. */
const HISTORY_DAYS = 365;

const BRANCH_DISTRICTS = [
  '涪城区',
  '游仙区',
  '安州区',
  '江油市',
  '三台县',
  '盐亭县',
  '梓潼县',
  '北川县',
  '平武县',
];

const round2 = (value: number) => Math.round(value * 100) / 100;

/** A figure near `value` (±`spread`), so a copy's totals are not the sample's times N. */
const near = (random: Random, value: number, spread: number) =>
  round2(value * random.float(1 - spread, 1 + spread));

const shiftDay = (day: string | null | undefined, days: number) =>
  day ? addDays(day, days) : null;

/** The `copy`-th branch (分公司) of a firm, registered in a district of its own. */
function branchName(name: string, copy: number) {
  const district = BRANCH_DISTRICTS[(copy - 1) % BRANCH_DISTRICTS.length] as string;
  return { district, name: `${name}${district}第${copy}分公司` };
}

/**
 * The sample city `factor` times over: the city-wide frame (chains, parks, departments,
 * clusters, indicators, policies, the five ones) stays, since a city has its 12 chains; firms,
 * their chain links, projects, problems and status reports get `factor - 1` more copies each,
 * with fresh ids, unique names and credit codes, shifted dates and varied figures. Pure: the
 * same city and factor give the same rows. A factor of 1 is the sample itself.
 */
export function scaleSampleCity(city: SampleCity, factor: number): SampleCity {
  if (factor === 1) return city;
  const random = new Random(SCALE_SEED);
  const firmIdStep = Math.max(...city.firms.map((firm) => firm.id ?? 0));
  const projectIdStep = Math.max(...city.projects.map((project) => project.id ?? 0));
  const problemIdStep = Math.max(...city.problems.map((problem) => problem.id ?? 0));
  const reportIdStep = Math.max(...city.statusReports.map((report) => report.id ?? 0));
  const takenCodes = new Set(
    city.firms.flatMap((firm) => (firm.creditCode ? [firm.creditCode] : [])),
  );
  const campaignStart = new Map(city.campaigns.map((campaign) => [campaign.id, campaign.startsOn]));
  const copies = Array.from({ length: factor - 1 }, (_, index) => index + 1);
  const firmIdIn = (copy: number, firmId: number | null | undefined) =>
    firmId == null ? null : firmId + copy * firmIdStep;

  const firms = copies.flatMap((copy) =>
    city.firms.map((firm) => {
      const branch = branchName(firm.name, copy);
      return {
        ...firm,
        id: firmIdIn(copy, firm.id) ?? undefined,
        name: branch.name,
        nameEn: firm.nameEn ? `${firm.nameEn} (branch ${copy})` : null,
        creditCode: creditCode(random, branch.district, true, takenCodes),
        revenueYi: firm.revenueYi == null ? null : near(random, firm.revenueYi, 0.2),
        employees: firm.employees == null ? null : Math.round(near(random, firm.employees, 0.3)),
      };
    }),
  );
  const projects = copies.flatMap((copy) =>
    city.projects.map((project) => {
      const shift = -random.int(0, 30);
      const signedOn = addDays(project.signedOn, shift);
      // Campaigns, leads and target firms stay the sample's: a copy keeps its campaign only
      // when it was still signed after it began, and is no lead's project.
      const start = project.campaignId == null ? undefined : campaignStart.get(project.campaignId);
      return {
        ...project,
        campaignId: start !== undefined && start <= signedOn ? project.campaignId : null,
        id: (project.id ?? 0) + copy * projectIdStep,
        name: `${project.name}（${copy + 1}期）`,
        nameEn: project.nameEn ? `${project.nameEn} (phase ${copy + 1})` : null,
        firmId: firmIdIn(copy, project.firmId),
        investmentYi: near(random, project.investmentYi, 0.25),
        signedOn,
        startedOn: shiftDay(project.startedOn, shift),
        productionOn: shiftDay(project.productionOn, shift),
        plannedProductionOn: shiftDay(project.plannedProductionOn, shift),
        progressUpdatedOn: addDays(project.progressUpdatedOn, shift),
      };
    }),
  );
  const problems = copies.flatMap((copy) =>
    city.problems.map((problem) => {
      const shift = -random.int(0, 60);
      return {
        ...problem,
        id: (problem.id ?? 0) + copy * problemIdStep,
        firmId: firmIdIn(copy, problem.firmId),
        // Meetings stay the sample's, attended by its own firms, not by the copies' branches.
        meetingId: null,
        raisedOn: addDays(problem.raisedOn, shift),
        deadline: shiftDay(problem.deadline, shift),
        resolvedOn: shiftDay(problem.resolvedOn, shift),
      };
    }),
  );
  const statusReports = copies.flatMap((copy) =>
    city.statusReports.map((report) => ({
      ...report,
      id: (report.id ?? 0) + copy * reportIdStep,
      // Older reports of the same chain: the latest report stays the sample's.
      reportedOn: addDays(report.reportedOn, -random.int(1, HISTORY_DAYS)),
    })),
  );

  return {
    ...city,
    firms: [...city.firms, ...firms],
    firmChains: [
      ...city.firmChains,
      ...copies.flatMap((copy) =>
        city.firmChains.map((link) => ({ ...link, firmId: link.firmId + copy * firmIdStep })),
      ),
    ],
    chainLinkFirms: [
      ...city.chainLinkFirms,
      ...copies.flatMap((copy) =>
        city.chainLinkFirms.map((link) => ({ ...link, firmId: link.firmId + copy * firmIdStep })),
      ),
    ],
    projects: [...city.projects, ...projects],
    problems: [...city.problems, ...problems],
    statusReports: [...city.statusReports, ...statusReports],
  };
}

/** An audit event as the write path stores it, but naming its author by username. */
export type AuditDraft = Omit<Insert<typeof auditEvents>, 'id' | 'userId'> & { actor: string };

type Row = Record<string, unknown>;
interface Kind {
  type: string;
  identity: readonly string[];
  fields: readonly string[];
  entityIdOf: (row: never) => string;
}

/** The snapshot the write path keeps (snapshot.ts): identity, edited fields and version fields. */
function snapshot(kind: Kind, row: Row, version: number, at: Date, by: string): Row {
  const fields = Object.fromEntries(
    [...kind.identity, ...kind.fields].map((field) => [field, toJsonValue(row[field])]),
  );
  return { ...fields, version, updatedAt: at.toISOString(), updatedBy: by };
}

const STAGES = ['signed', 'started', 'in_production'] as const;
const RAG = ['green', 'amber', 'red'] as const;
const FIVE_ONE_STATES = ['missing', 'in_progress', 'in_place'] as const;

/**
 * A year of edits by the chains' task forces (the sample editors), about
 * AUDIT_EVENTS_PER_SCALE × factor of them, oldest first: chain status changes, five-ones
 * progress, projects moving stage, problems assigned and resolved. Each has before and after
 * snapshots shaped as the write path makes them. Pure, like the city it describes.
 */
export function buildAuditHistory(city: SampleCity, factor: number, today: string): AuditDraft[] {
  const random = new Random(SCALE_SEED + factor);
  const codeOf = new Map(city.chains.map((chain) => [chain.id, chain.code]));
  // Every event's chain is one of the city's, so its editor exists.
  const editorOf = (chainId: number) => sampleEditorName(codeOf.get(chainId) ?? '');
  const count = AUDIT_EVENTS_PER_SCALE * factor;
  const stepMinutes = (HISTORY_DAYS * 24 * 60) / count;
  const start = stamp(addDays(today, -HISTORY_DAYS), 0).getTime();
  const problemsWithChain = city.problems.filter((problem) => problem.chainId != null);

  const edit = (kind: Kind, before: Row, changes: Row, at: Date, chainId: number): AuditDraft => {
    const actor = editorOf(chainId);
    const version = random.int(1, 6);
    const beforeSnapshot = snapshot(
      kind,
      before,
      version,
      addMinutes(at, -random.int(60, 20_000)),
      actor,
    );
    return {
      at,
      actor,
      action: 'update',
      entityType: kind.type,
      entityId: kind.entityIdOf(before as never),
      chainId,
      before: beforeSnapshot,
      after: snapshot(kind, { ...before, ...changes }, version + 1, at, actor),
    };
  };

  return Array.from({ length: count }, (_, index) => {
    // Spread evenly over the year, each at a random moment of its own slot.
    const at = new Date(start + Math.floor((index + random.next()) * stepMinutes) * 60_000);
    const roll = random.next();
    if (roll < 0.45) {
      const problem = random.pick(problemsWithChain);
      const resolving = random.chance(0.5);
      const changes = resolving
        ? {
            status: 'resolved',
            resolvedOn: at.toISOString().slice(0, 10),
            feedback: '已办结，企业确认',
          }
        : { status: 'assigned', ownerDepartmentId: random.pick(city.departments).id };
      return edit(
        problemKind,
        { ...problem, status: resolving ? 'assigned' : 'open' },
        changes,
        at,
        problem.chainId as number,
      );
    }
    if (roll < 0.75) {
      const project = random.pick(city.projects);
      const stage = random.int(0, STAGES.length - 2);
      const changes = { stage: STAGES[stage + 1], progress: random.int(10, 100) };
      return edit(projectKind, { ...project, stage: STAGES[stage] }, changes, at, project.chainId);
    }
    if (roll < 0.92) {
      const fiveOne = random.pick(city.fiveOnes);
      const state = random.int(0, FIVE_ONE_STATES.length - 2);
      const changes = { state: FIVE_ONE_STATES[state + 1] };
      return edit(
        fiveOneKind,
        { ...fiveOne, state: FIVE_ONE_STATES[state] },
        changes,
        at,
        fiveOne.chainId,
      );
    }
    const chain = random.pick(city.chains);
    const [from, to] = random.sample(RAG, 2);
    const changes = { status: to, statusNote: chain.statusNote };
    return edit(chainStatusKind, { ...chain, status: from }, changes, at, chain.id as number);
  });
}

const addMinutes = (at: Date, minutes: number) => new Date(at.getTime() + minutes * 60_000);
