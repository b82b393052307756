import type * as schema from '../schema';

/** The row shape Drizzle inserts into a table. */
export type Insert<TTable extends { $inferInsert: unknown }> = TTable['$inferInsert'];

/** Every table the sample city fills, in an order that satisfies the foreign keys. */
export interface SampleCity {
  departments: Insert<typeof schema.departments>[];
  chains: Insert<typeof schema.chains>[];
  fiveOnes: Insert<typeof schema.fiveOnes>[];
  parks: Insert<typeof schema.parks>[];
  parkChains: Insert<typeof schema.parkChains>[];
  firms: Insert<typeof schema.firms>[];
  firmChains: Insert<typeof schema.firmChains>[];
  chainSegments: Insert<typeof schema.chainSegments>[];
  chainLinks: Insert<typeof schema.chainLinks>[];
  chainLinkFirms: Insert<typeof schema.chainLinkFirms>[];
  chainLeaderFirms: Insert<typeof schema.chainLeaderFirms>[];
  chiefScientists: Insert<typeof schema.chiefScientists>[];
  taskForces: Insert<typeof schema.taskForces>[];
  taskForceMembers: Insert<typeof schema.taskForceMembers>[];
  policies: Insert<typeof schema.policies>[];
  clusters: Insert<typeof schema.clusters>[];
  clusterChains: Insert<typeof schema.clusterChains>[];
  clusterAssessments: Insert<typeof schema.clusterAssessments>[];
  campaigns: (Insert<typeof schema.campaigns> & { id: number })[];
  campaignChains: Insert<typeof schema.campaignChains>[];
  projects: Insert<typeof schema.projects>[];
  meetings: Insert<typeof schema.meetings>[];
  meetingFirms: Insert<typeof schema.meetingFirms>[];
  problems: Insert<typeof schema.problems>[];
  indicators: Insert<typeof schema.indicators>[];
  indicatorValues: Insert<typeof schema.indicatorValues>[];
  statusReports: Insert<typeof schema.statusReports>[];
  supplyItems: (Insert<typeof schema.supplyItems> & { id: number })[];
  targetFirms: Insert<typeof schema.targetFirms>[];
  targetFirmChains: Insert<typeof schema.targetFirmChains>[];
  targetFirmLinks: Insert<typeof schema.targetFirmLinks>[];
  leads: Insert<typeof schema.leads>[];
  techSupplies: (Insert<typeof schema.techSupplies> & { id: number })[];
  techAssistants: Insert<typeof schema.techAssistants>[];
  techAssistantChains: Insert<typeof schema.techAssistantChains>[];
  techAssistantFirms: Insert<typeof schema.techAssistantFirms>[];
  techNeeds: Insert<typeof schema.techNeeds>[];
  techMatches: Insert<typeof schema.techMatches>[];
}

/** Who wrote the sample rows, for the `updated_by` column. */
export const SAMPLE_AUTHOR = 'sample';

/** The bookkeeping columns of an editable row: written by the loader, at `at`. */
export function touched(at: Date): { updatedBy: string; updatedAt: Date } {
  return { updatedBy: SAMPLE_AUTHOR, updatedAt: at };
}
