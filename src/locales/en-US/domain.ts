import type { Translation } from '@/locales/zh-CN';
import type { domain as zhDomain } from '@/locales/zh-CN/domain';

export const domain: Pick<Translation, keyof typeof zhDomain> = {
  category: {
    strategic: 'Strategic emerging industries',
    future: 'Future industries',
  },
  status: {
    green: 'Green',
    amber: 'Amber',
    red: 'Red',
  },
  fiveOnes: {
    items: {
      chain_map: 'Chain map',
      leader_firm: 'Leader firm',
      chief_scientist: 'Chief scientist',
      task_force: 'Task force',
      policy_package: 'Policies',
    },
    states: {
      in_place: 'In place',
      in_progress: 'In progress',
      missing: 'Missing',
    },
  },
  indicatorRating: {
    excellent: 'Excellent',
    green: 'On target',
    amber: 'Warning',
    red: 'Off target',
  },
  segmentPosition: {
    upstream: 'Upstream',
    midstream: 'Midstream',
    downstream: 'Downstream',
  },
  linkStrength: {
    strong: 'Strong',
    weak: 'Weak',
    missing: 'Missing',
  },
  meetingCadence: {
    weekly: 'Weekly',
    biweekly: 'Every two weeks',
    monthly: 'Monthly',
    quarterly: 'Quarterly',
  },
  reportCadence: {
    weekly: 'Weekly',
    biweekly: 'Every two weeks',
    monthly: 'Monthly',
  },
  /** A reporting period: a week by its Monday's month, a fortnight by its days, a month. */
  reportPeriod: {
    weekly: '{{monthName}} week {{week}}',
    biweekly: '{{from}}–{{to}}',
    monthly: '{{monthName}} {{year}}',
    separator: ', ',
  },
  policyStatus: {
    draft: 'Draft',
    issued: 'Issued',
    in_force: 'In force',
    expired: 'Expired',
  },
  revenueBand: {
    over_100b: 'Over ¥100 bn',
    over_10b: '¥10–100 bn',
    over_1b: '¥1–10 bn',
    over_100m: '¥0.1–1 bn',
    under_100m: 'Under ¥0.1 bn',
  },
  firmTag: {
    chain_leader: 'Chain leader',
    little_giant: 'Little giant',
    provincial_specialized: 'Provincial specialised SME',
    single_champion: 'Single champion',
    high_tech: 'High-tech enterprise',
    tech_sme: 'Tech-based SME',
    above_scale: 'Above designated size',
    track_racer: 'New-track "racer" firm',
  },
  clusterLevel: {
    national: 'National',
    provincial: 'Provincial',
    sme_feature: 'SME feature',
  },
  clusterStatus: {
    candidate: 'Candidate',
    recognised: 'Recognised',
    under_review: 'Under review',
  },
  projectStage: {
    signed: 'Signed',
    started: 'Started',
    in_production: 'In production',
  },
  projectOrigin: {
    investment_promotion: 'Investment promotion',
    expansion: 'Expansion',
  },
  leadAction: {
    strengthen: 'Strengthen',
    fill: 'Fill',
    extend: 'Extend',
  },
  leadStage: {
    identified: 'Lead',
    contacted: 'Contact',
    visited: 'Site visit',
    negotiating: 'Negotiation',
    signed: 'Signed',
    dropped: 'Dropped',
  },
  targetFirmSource: {
    leader_recommendation: 'Chain leader’s recommendation',
    supply_list: 'Chain leader’s supply list',
    campaign: 'Campaign',
    other: 'Other',
  },
  targetFirmSize: {
    large: 'Large',
    medium: 'Medium',
    small: 'Small',
  },
  problemStatus: {
    open: 'Collected',
    assigned: 'Assigned',
    resolved: 'Resolved',
  },
  supervisionLevel: {
    none: 'Not due',
    amber: 'Amber: due',
    red: 'Red: escalated',
  },
  indicatorFrequency: {
    monthly: 'Monthly',
    quarterly: 'Quarterly',
    yearly: 'Yearly',
  },
};
