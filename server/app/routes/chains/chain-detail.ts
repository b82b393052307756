import type { ChainDetail, ChainSegment, FiveOnesDetail } from '../../../contract/chains';
import { projectStageSchema } from '../../../contract/common';
import { editableFields } from '../../queries/editable';
import { groupBy } from '../../queries/group';
import { withResolutionRate } from '../../queries/problem-counts';
import { toProjectListItem } from '../../queries/projects';
import { reportSchedule } from '../../queries/report-periods';
import type { ChainSections } from './chain-detail.queries';
import { toChainRecord, type ChainRow } from './chains.queries';

/** `asOf` is the city's today, which the task force's reports are judged against. */
export function toChainDetail(chain: ChainRow, sections: ChainSections, asOf: string): ChainDetail {
  const { problemCounts, projectTotals } = sections;
  const stageTotals = new Map(sections.stageTotals.map((row) => [row.stage, row]));
  return {
    ...toChainRecord(chain),
    fiveOnes: toFiveOnes(sections, asOf),
    chainMap: toChainMap(sections),
    parks: sections.parkRows,
    clusters: sections.clusterRows,
    projects: {
      count: projectTotals.count,
      investmentYi: projectTotals.investmentYi,
      byStage: projectStageSchema.options.map((stage) => ({
        stage,
        count: stageTotals.get(stage)?.count ?? 0,
        investmentYi: stageTotals.get(stage)?.investmentYi ?? 0,
      })),
      items: sections.projectRows.map(toProjectListItem),
    },
    problems: {
      ...withResolutionRate(problemCounts),
      byDepartment: sections.problemsByDepartment,
    },
    statusReports: sections.reports.map((report) => ({
      id: report.id,
      reportedOn: report.reportedOn,
      status: report.status,
      title: report.title,
      body: report.body,
      authorName: report.authorName,
      ...editableFields(report),
    })),
    firmCount: sections.firmCount,
  };
}

function toFiveOnes(sections: ChainSections, asOf: string): FiveOnesDetail {
  const rows = new Map(sections.fiveOnesRows.map((row) => [row.item, row]));
  const stateOf = (item: keyof FiveOnesDetail) => {
    const row = rows.get(item);
    return {
      state: row?.state ?? 'missing',
      note: row?.note ?? null,
      version: row?.version ?? null,
    };
  };
  const { leaderFirm, chiefScientist, taskForce } = sections;
  return {
    chain_map: stateOf('chain_map'),
    leader_firm: {
      ...stateOf('leader_firm'),
      leaderFirm: leaderFirm
        ? {
            firm: leaderFirm.firm,
            reason: leaderFirm.reason,
            designatedOn: leaderFirm.designatedOn,
            ...editableFields(leaderFirm),
          }
        : null,
    },
    chief_scientist: {
      ...stateOf('chief_scientist'),
      chiefScientist: chiefScientist
        ? {
            name: chiefScientist.name,
            title: chiefScientist.title,
            affiliation: chiefScientist.affiliation,
            field: chiefScientist.field,
            appointedOn: chiefScientist.appointedOn,
            ...editableFields(chiefScientist),
          }
        : null,
    },
    task_force: {
      ...stateOf('task_force'),
      taskForce: taskForce
        ? {
            headName: taskForce.headName,
            headTitle: taskForce.headTitle,
            leadDepartment: taskForce.leadDepartment,
            meetingCadence: taskForce.meetingCadence,
            lastMeetingOn: taskForce.lastMeetingOn,
            reportCadence: taskForce.reportCadence,
            reportSchedule: reportSchedule(
              taskForce.reportCadence,
              asOf,
              sections.reports.map((report) => report.reportedOn),
            ),
            ...editableFields(taskForce),
            members: sections.members.map((member) => ({
              id: member.id,
              name: member.name,
              role: member.role,
              department: member.department,
              ...editableFields(member),
            })),
          }
        : null,
    },
    policy_package: {
      ...stateOf('policy_package'),
      policies: sections.policyRows.map((policy) => ({
        id: policy.id,
        title: policy.title,
        docNumber: policy.docNumber,
        issuer: policy.issuer,
        issuedOn: policy.issuedOn,
        status: policy.status,
        budgetWan: policy.budgetWan,
        disbursedWan: policy.disbursedWan,
        beneficiaries: policy.beneficiaries,
        retiredAt: policy.retiredAt?.toISOString() ?? null,
        ...editableFields(policy),
      })),
    },
  };
}

function toChainMap(sections: ChainSections): ChainSegment[] {
  const linksBySegment = groupBy(sections.links, (link) => link.segmentId);
  const firmsByLink = groupBy(sections.linkFirms, (row) => row.linkId);
  return sections.segments.map((segment) => ({
    id: segment.id,
    position: segment.position,
    name: segment.name,
    nameEn: segment.nameEn,
    ...editableFields(segment),
    links: (linksBySegment.get(segment.id) ?? []).map((link) => {
      const linkFirms = (firmsByLink.get(link.id) ?? []).map((row) => row.firm);
      return {
        id: link.id,
        name: link.name,
        nameEn: link.nameEn,
        strength: link.strength,
        note: link.note,
        sortOrder: link.sortOrder,
        ...editableFields(link),
        firmCount: linkFirms.length,
        firms: linkFirms,
      };
    }),
  }));
}
