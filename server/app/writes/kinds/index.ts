import type { AuditEntityType } from '../../../contract/audit';
import type { EntityKind } from '../entity';
import {
  chainStatusKind,
  chiefScientistKind,
  fiveOneKind,
  leaderFirmKind,
  policyKind,
  statusReportKind,
  taskForceKind,
  taskForceMemberKind,
} from './chain';
import { chainLinkKind, chainSegmentKind, indicatorValueKind } from './chain-map';
import { clusterAssessmentKind, clusterKind } from './clusters';
import { firmKind } from './firms';
import { campaignKind, supplyItemKind, targetFirmKind } from './investment';
import { leadKind } from './leads';
import { meetingKind } from './meetings';
import { parkKind } from './parks';
import { problemFactsKind } from './problems';
import { projectKind } from './projects';
import { anyKind } from './support';
import { techAssistantKind, techMatchKind, techNeedKind, techSupplyKind } from './technology';

/*
 * Every kind of record users edit, described once. Routes write through these, the audit trail
 * names them, and a revert finds its record by them.
 */

export * from './chain';
export * from './chain-map';
export * from './clusters';
export * from './firms';
export * from './indicator-periods';
export * from './investment';
export * from './leads';
export * from './meetings';
export * from './parks';
export * from './problems';
export * from './projects';
export * from './technology';

/** The kinds a revert can restore, by the audit trail's entity type. */
export const revertibleKinds: Partial<Record<AuditEntityType, EntityKind>> = {
  chain_status: anyKind(chainStatusKind),
  five_one: anyKind(fiveOneKind),
  leader_firm: anyKind(leaderFirmKind),
  chief_scientist: anyKind(chiefScientistKind),
  task_force: anyKind(taskForceKind),
  task_force_member: anyKind(taskForceMemberKind),
  policy: anyKind(policyKind),
  chain_segment: anyKind(chainSegmentKind),
  chain_link: anyKind(chainLinkKind),
  indicator_value: anyKind(indicatorValueKind),
  project: anyKind(projectKind),
  problem: anyKind(problemFactsKind),
  status_report: anyKind(statusReportKind),
  firm: anyKind(firmKind),
  park: anyKind(parkKind),
  cluster: anyKind(clusterKind),
  cluster_assessment: anyKind(clusterAssessmentKind),
  lead: anyKind(leadKind),
  target_firm: anyKind(targetFirmKind),
  campaign: anyKind(campaignKind),
  supply_item: anyKind(supplyItemKind),
  meeting: anyKind(meetingKind),
  tech_need: anyKind(techNeedKind),
  tech_supply: anyKind(techSupplyKind),
  tech_assistant: anyKind(techAssistantKind),
  tech_match: anyKind(techMatchKind),
};
