import { allOf } from '../../queries/all-of';
import { clusterColumns } from '../clusters/clusters.queries';
import { and, asc, count, desc, eq, isNotNull, isNull, notInArray } from 'drizzle-orm';
import type { Database } from '../../../db/database';
import {
  chainLeaderFirms,
  chainLinkFirms,
  chainLinks,
  chainSegments,
  chiefScientists,
  clusterChains,
  clusters,
  departments,
  firmChains,
  firms,
  fiveOnes,
  parkChains,
  parks,
  policies,
  problems,
  projects,
  statusReports,
  taskForceMembers,
  taskForces,
} from '../../../db/schema';
import { editableColumns, editableRowColumns } from '../../queries/editable';
import { problemCountColumns } from '../../queries/problem-counts';
import { selectProjects } from '../../queries/projects';
import { refColumns } from '../../queries/refs';
import { isOverdueProblem, isUnresolvedProblem } from '../../queries/rules';
import {
  aggregateRow,
  countWhere,
  firstRow,
  sortTerm,
  sumAmount,
  textOrder,
} from '../../queries/sql';

/** A chain's shown projects and problems: withdrawn ones (撤回) are left out of every section. */
const projectsOf = (chainId: number) =>
  and(eq(projects.chainId, chainId), isNull(projects.withdrawnAt));
const problemsOf = (chainId: number) =>
  and(eq(problems.chainId, chainId), isNull(problems.withdrawnAt));

const firmRefColumns = { ...refColumns(firms), tags: firms.tags };

/** The sections of one chain's page, each one query, all run side by side. */
export function loadChainSections(db: Database, chainId: number, asOf: string) {
  return allOf({
    fiveOnesRows: db
      .select({
        item: fiveOnes.item,
        state: fiveOnes.state,
        note: fiveOnes.note,
        version: fiveOnes.version,
      })
      .from(fiveOnes)
      .where(eq(fiveOnes.chainId, chainId)),
    leaderFirm: firstRow(
      db
        .select({
          firm: firmRefColumns,
          reason: chainLeaderFirms.reason,
          designatedOn: chainLeaderFirms.designatedOn,
          ...editableColumns(chainLeaderFirms),
        })
        .from(chainLeaderFirms)
        .innerJoin(firms, eq(chainLeaderFirms.firmId, firms.id))
        .where(eq(chainLeaderFirms.chainId, chainId)),
    ),
    chiefScientist: firstRow(
      db
        .select(editableRowColumns(chiefScientists))
        .from(chiefScientists)
        .where(eq(chiefScientists.chainId, chainId)),
    ),
    taskForce: firstRow(
      db
        .select({
          headName: taskForces.headName,
          headTitle: taskForces.headTitle,
          leadDepartment: refColumns(departments),
          meetingCadence: taskForces.meetingCadence,
          lastMeetingOn: taskForces.lastMeetingOn,
          reportCadence: taskForces.reportCadence,
          ...editableColumns(taskForces),
        })
        .from(taskForces)
        .leftJoin(departments, eq(taskForces.leadDepartmentId, departments.id))
        .where(eq(taskForces.chainId, chainId)),
    ),
    members: db
      .select({
        id: taskForceMembers.id,
        name: taskForceMembers.name,
        role: taskForceMembers.role,
        department: refColumns(departments),
        ...editableColumns(taskForceMembers),
      })
      .from(taskForceMembers)
      .leftJoin(departments, eq(taskForceMembers.departmentId, departments.id))
      .where(eq(taskForceMembers.chainId, chainId))
      .orderBy(asc(taskForceMembers.sortOrder), asc(taskForceMembers.id)),
    policyRows: findPolicies(db, chainId),
    segments: db
      .select(editableRowColumns(chainSegments))
      .from(chainSegments)
      .where(and(eq(chainSegments.chainId, chainId), isNull(chainSegments.withdrawnAt)))
      // The map's own order (a chain may add segments anywhere), then the oldest first.
      .orderBy(asc(chainSegments.sortOrder), asc(chainSegments.id)),
    links: db
      .select(editableRowColumns(chainLinks))
      .from(chainLinks)
      .where(and(eq(chainLinks.chainId, chainId), isNull(chainLinks.withdrawnAt)))
      .orderBy(asc(chainLinks.sortOrder), asc(chainLinks.id)),
    linkFirms: db
      .select({ linkId: chainLinkFirms.linkId, firm: firmRefColumns })
      .from(chainLinkFirms)
      .innerJoin(chainLinks, eq(chainLinkFirms.linkId, chainLinks.id))
      .innerJoin(firms, eq(chainLinkFirms.firmId, firms.id))
      // Withdrawn links, and withdrawn firms (迁出 / 注销), are left out of the chain's page.
      .where(
        and(
          eq(chainLinks.chainId, chainId),
          isNull(chainLinks.withdrawnAt),
          isNull(firms.withdrawnAt),
        ),
      )
      .orderBy(sortTerm(firms.revenueYi, 'desc'), asc(firms.id)),
    parkRows: db
      .select({
        ...refColumns(parks),
        district: parks.district,
        isSpecialty: parks.isSpecialty,
        isMain: parkChains.isMain,
      })
      .from(parkChains)
      .innerJoin(parks, eq(parkChains.parkId, parks.id))
      .where(and(eq(parkChains.chainId, chainId), isNull(parks.withdrawnAt)))
      .orderBy(desc(parkChains.isMain), textOrder(parks.nameSortKey), asc(parks.id)),
    clusterRows: db
      .select(clusterColumns)
      .from(clusterChains)
      .innerJoin(clusters, eq(clusterChains.clusterId, clusters.id))
      .where(and(eq(clusterChains.chainId, chainId), isNull(clusters.withdrawnAt)))
      .orderBy(asc(clusters.level), textOrder(clusters.nameSortKey), asc(clusters.id)),
    projectRows: selectProjects(db, asOf)
      .where(projectsOf(chainId))
      .orderBy(desc(projects.signedOn), asc(projects.id)),
    projectTotals: aggregateRow(
      db
        .select({ count: count(), investmentYi: sumAmount(projects.investmentYi) })
        .from(projects)
        .where(projectsOf(chainId)),
    ),
    stageTotals: db
      .select({
        stage: projects.stage,
        count: count(),
        investmentYi: sumAmount(projects.investmentYi),
      })
      .from(projects)
      .where(projectsOf(chainId))
      .groupBy(projects.stage),
    problemCounts: aggregateRow(
      db.select(problemCountColumns(asOf)).from(problems).where(problemsOf(chainId)),
    ),
    problemsByDepartment: db
      .select({
        department: refColumns(departments),
        total: count(),
        unresolved: countWhere(isUnresolvedProblem),
        overdue: countWhere(isOverdueProblem(asOf)),
      })
      .from(problems)
      .leftJoin(departments, eq(problems.ownerDepartmentId, departments.id))
      .where(problemsOf(chainId))
      .groupBy(departments.id, departments.name, departments.nameEn)
      .orderBy(desc(count()), asc(departments.id)),
    reports: db
      .select(editableRowColumns(statusReports))
      .from(statusReports)
      .where(and(eq(statusReports.chainId, chainId), isNull(statusReports.withdrawnAt)))
      .orderBy(desc(statusReports.reportedOn), desc(statusReports.id)),
    firmCount: db.$count(
      firmChains,
      and(
        eq(firmChains.chainId, chainId),
        notInArray(
          firmChains.firmId,
          db.select({ id: firms.id }).from(firms).where(isNotNull(firms.withdrawnAt)),
        ),
      ),
    ),
  });
}

export type ChainSections = Awaited<ReturnType<typeof loadChainSections>>;

/**
 * A chain's policy package newest first, as the chain page shows it; without a chain, every
 * chain's, chain by chain (the export of all policies).
 */
export function findPolicies(db: Database, chainId?: number) {
  return db
    .select(editableRowColumns(policies))
    .from(policies)
    .where(
      and(
        chainId === undefined ? undefined : eq(policies.chainId, chainId),
        isNull(policies.withdrawnAt),
      ),
    )
    .orderBy(asc(policies.chainId), sortTerm(policies.issuedOn, 'desc'), asc(policies.id));
}
