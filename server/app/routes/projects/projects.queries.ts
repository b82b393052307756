import { and, eq, isNull } from 'drizzle-orm';
import type { ProjectListQuery, ProjectSort } from '../../../contract/projects';
import type { Database } from '../../../db/database';
import { projects } from '../../../db/schema';
import { findPage } from '../../queries/paging';
import { selectProjects } from '../../queries/projects';
import { isStalledProject } from '../../queries/rules';
import { containsText, textOrder, whether } from '../../queries/sql';

const sortColumns = {
  signedOn: projects.signedOn,
  investment: projects.investmentYi,
  name: textOrder(projects.nameSortKey),
  progress: projects.progress,
} satisfies Record<ProjectSort, unknown>;

/** One page of the projects matching the query, and how many match in all. */
export async function findProjects(db: Database, query: ProjectListQuery, asOf: string) {
  const where = and(
    isNull(projects.withdrawnAt),
    containsText(query.q, projects.name, projects.nameEn),
    query.chain ? eq(projects.chainId, query.chain) : undefined,
    query.park ? eq(projects.parkId, query.park) : undefined,
    query.stage ? eq(projects.stage, query.stage) : undefined,
    query.origin ? eq(projects.origin, query.origin) : undefined,
    query.campaign ? eq(projects.campaignId, query.campaign) : undefined,
    query.link ? eq(projects.linkId, query.link) : undefined,
    whether(isStalledProject(asOf), query.stalled),
  );
  return findPage(
    selectProjects(db, asOf).where(where),
    db.$count(projects, where),
    sortColumns[query.sort],
    projects.id,
    query,
  );
}
