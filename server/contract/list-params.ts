/*
 * What the paged lists accept, as plain constants: the zod query schemas are built from them, and
 * the SPA reads them (sort keys, defaults, page sizes) without pulling zod into its first bundle.
 */

export const sortOrders = ['asc', 'desc'] as const;
export type SortOrder = (typeof sortOrders)[number];

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

export const firmSorts = ['name', 'revenue', 'founded', 'employees'] as const;
export const parkSorts = ['name', 'output', 'occupancy'] as const;
export const projectSorts = ['signedOn', 'investment', 'name', 'progress'] as const;
/** `urgency`: red 督办 first, then amber, then the rest; each by the nearest deadline. */
export const problemSorts = ['raisedOn', 'deadline', 'urgency'] as const;
export const clusterSorts = ['name', 'level', 'recognisedOn'] as const;
export const leadSorts = ['updatedAt', 'identifiedOn', 'investment', 'nextStepDueOn'] as const;
export const targetFirmSorts = ['name', 'leads'] as const;
export const meetingSorts = ['heldOn'] as const;
/** `urgency`: high first, then by the oldest raised. */
export const techNeedSorts = ['raisedOn', 'urgency', 'updatedAt'] as const;
export const techSupplySorts = ['name', 'matches'] as const;
export const techAssistantSorts = ['name', 'batch', 'matches'] as const;
export const techMatchSorts = ['startedOn', 'landedOn', 'amount', 'updatedAt'] as const;

/** The order a list comes in when the request names none. */
export const defaultSorts = {
  firms: { sort: 'name', order: 'asc' },
  parks: { sort: 'name', order: 'asc' },
  projects: { sort: 'signedOn', order: 'desc' },
  problems: { sort: 'raisedOn', order: 'desc' },
  clusters: { sort: 'level', order: 'asc' },
  leads: { sort: 'updatedAt', order: 'desc' },
  targetFirms: { sort: 'name', order: 'asc' },
  meetings: { sort: 'heldOn', order: 'desc' },
  techNeeds: { sort: 'raisedOn', order: 'desc' },
  techSupplies: { sort: 'name', order: 'asc' },
  techAssistants: { sort: 'name', order: 'asc' },
  techMatches: { sort: 'startedOn', order: 'desc' },
} as const satisfies Record<string, { sort: string; order: SortOrder }>;
