import { eq } from 'drizzle-orm';
import type { ProjectDetail, ProjectListItem } from '../../contract/projects';
import type { Database } from '../../db/database';
import { campaigns, chainLinks, chains, firms, leads, parks, projects } from '../../db/schema';
import { editableColumns, editableFields } from './editable';
import { refColumns } from './refs';
import { isStalledProject } from './rules';
import { flag } from './sql';

/** Projects with their chain, park and firm; add where / order / limit. */
export function selectProjects(db: Database, asOf: string) {
  return (
    db
      .select({
        id: projects.id,
        name: projects.name,
        nameEn: projects.nameEn,
        chain: refColumns(chains),
        park: refColumns(parks),
        firm: refColumns(firms),
        origin: projects.origin,
        link: { ...refColumns(chainLinks), strength: chainLinks.strength },
        campaign: refColumns(campaigns),
        leadId: leads.id,
        investmentYi: projects.investmentYi,
        stage: projects.stage,
        signedOn: projects.signedOn,
        startedOn: projects.startedOn,
        productionOn: projects.productionOn,
        plannedProductionOn: projects.plannedProductionOn,
        progress: projects.progress,
        progressUpdatedOn: projects.progressUpdatedOn,
        stalled: flag(isStalledProject(asOf)),
        withdrawnAt: projects.withdrawnAt,
        ...editableColumns(projects),
      })
      .from(projects)
      .innerJoin(chains, eq(projects.chainId, chains.id))
      .leftJoin(parks, eq(projects.parkId, parks.id))
      .leftJoin(firms, eq(projects.firmId, firms.id))
      .leftJoin(chainLinks, eq(projects.linkId, chainLinks.id))
      .leftJoin(campaigns, eq(projects.campaignId, campaigns.id))
      // At most one lead names a project (leads.project_id is unique).
      .leftJoin(leads, eq(leads.projectId, projects.id))
      .$dynamic()
  );
}

type ProjectRow = Awaited<ReturnType<typeof selectProjects>>[number];

export function toProjectListItem(row: ProjectRow): ProjectListItem {
  return {
    id: row.id,
    name: row.name,
    nameEn: row.nameEn,
    chain: row.chain,
    park: row.park,
    firm: row.firm,
    origin: row.origin,
    link: row.link,
    campaign: row.campaign,
    leadId: row.leadId,
    investmentYi: row.investmentYi,
    stage: row.stage,
    signedOn: row.signedOn,
    startedOn: row.startedOn,
    productionOn: row.productionOn,
    plannedProductionOn: row.plannedProductionOn,
    progress: row.progress,
    progressUpdatedOn: row.progressUpdatedOn,
    stalled: row.stalled,
  };
}

export function toProjectDetail(row: ProjectRow): ProjectDetail {
  return {
    ...toProjectListItem(row),
    ...editableFields(row),
    withdrawnAt: row.withdrawnAt?.toISOString() ?? null,
  };
}
