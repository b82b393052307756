/*
 * The domain's closed vocabularies, written once. The Drizzle schema makes its pgEnums from them,
 * the zod contract its enums, and the SPA its labels and filters — without pulling zod in.
 */
export const chainCategories = ['strategic', 'future'] as const;
export const ragStatuses = ['green', 'amber', 'red'] as const;
export const fiveOneItems = [
  'chain_map',
  'leader_firm',
  'chief_scientist',
  'task_force',
  'policy_package',
] as const;
export const fiveOneStates = ['missing', 'in_progress', 'in_place'] as const;
/** Judgement of one indicator value against its target and thresholds. */
export const indicatorRatings = ['excellent', 'green', 'amber', 'red'] as const;
export const segmentPositions = ['upstream', 'midstream', 'downstream'] as const;
/** A link's strength is a fact: strong / weak / missing (优势 / 薄弱 / 缺失). */
export const linkStrengths = ['strong', 'weak', 'missing'] as const;
export const meetingCadences = ['weekly', 'biweekly', 'monthly', 'quarterly'] as const;
/** How often a task force files its status report (每周 / 每两周 / 每月). */
export const reportCadences = ['weekly', 'biweekly', 'monthly'] as const;
export const policyStatuses = ['draft', 'issued', 'in_force', 'expired'] as const;
export const revenueBands = [
  'over_100b', // 千亿级: ≥ 1,000 亿元
  'over_10b', // 百亿级: ≥ 100 亿元
  'over_1b', // 十亿级: ≥ 10 亿元
  'over_100m', // 亿元级: ≥ 1 亿元
  'under_100m', // 亿元以下
] as const;
export const firmTags = [
  'chain_leader', // 链主
  'little_giant', // 国家专精特新"小巨人"
  'provincial_specialized', // 省专精特新
  'single_champion', // 单项冠军
  'high_tech', // 国家高新技术企业
  'tech_sme', // 科技型中小企业
  'above_scale', // 规上
  'track_racer', // 四川省新赛道领军型"赛手企业"
] as const;
export const clusterLevels = ['national', 'provincial', 'sme_feature'] as const;
export const clusterStatuses = ['candidate', 'recognised', 'under_review'] as const;
/** A cluster's yearly assessment (年度评估): 优秀 / 良好 / 合格 / 不合格. */
export const clusterAssessmentResults = ['excellent', 'good', 'qualified', 'unqualified'] as const;
/** Why a firm left the city's lists: 迁出 (moved away) or 注销 (deregistered). */
export const firmWithdrawalReasons = ['moved_out', 'deregistered'] as const;
export const projectStages = ['signed', 'started', 'in_production'] as const;
/** 招商 projects come from investment-promotion events; expansion ones from firms already here. */
export const projectOrigins = ['investment_promotion', 'expansion'] as const;
/**
 * 招商 actions, not strengths: 强链 strengthens a strong link, 补链 fills a weak or missing one,
 * 延链 extends the chain with a link it does not have yet (a missing link the map adds for it).
 */
export const leadActions = ['strengthen', 'fill', 'extend'] as const;
/** A lead's stages in order (线索 → 接洽 → 考察 → 洽谈 → 签约), and 终止 (dropped) with a reason. */
export const leadStages = [
  'identified',
  'contacted',
  'visited',
  'negotiating',
  'signed',
  'dropped',
] as const;
/** The stages a lead passes through, in order; `dropped` ends it at any of them. */
export const leadPipelineStages = [
  'identified',
  'contacted',
  'visited',
  'negotiating',
  'signed',
] as const;
/** Where a target firm came from: 链主推荐 / 链主供需清单 / 招商活动 / 其他. */
export const targetFirmSources = [
  'leader_recommendation',
  'supply_list',
  'campaign',
  'other',
] as const;
/** A target firm's size: 大型 / 中型 / 小型 (the national enterprise size classes). */
export const targetFirmSizes = ['large', 'medium', 'small'] as const;
/** What a firm's 技术需求 is for: a process, a material, a test capability, talent, or else. */
export const techNeedKinds = ['process', 'material', 'testing', 'talent', 'other'] as const;
export const techNeedUrgencies = ['high', 'medium', 'low'] as const;
/** open (待对接) → matched (对接中) → met (已解决), or closed (关闭) without being met. */
export const techNeedStatuses = ['open', 'matched', 'met', 'closed'] as const;
/** Who supplies technology: a research institute, a university, a team. */
export const techSupplyKinds = ['institute', 'university', 'team'] as const;
/** The two halves of the 云上两城 network: 云上大学城 and 云上科技城. */
export const techNetworks = ['university_city', 'science_city'] as const;
/** A 技术对接's stages: 对接中 → 达成意向 → 签订合作 → 成果转化落地, or 未成 (failed) at any of them. */
export const techMatchStages = ['matching', 'intent', 'contract', 'landed', 'failed'] as const;
/** The stages a match passes through, in order; `failed` ends it at any of them. */
export const techMatchPipelineStages = ['matching', 'intent', 'contract', 'landed'] as const;
/** A 成功对接 (the article's 400): a match that reached 达成意向 or beyond. */
export const techMatchSuccessfulStages = ['intent', 'contract', 'landed'] as const;
/** collected → assigned → handled and fed back (收集—交办—办理—反馈). */
export const problemStatuses = ['open', 'assigned', 'resolved'] as const;
/**
 * Where an assigned problem stands with its owner department: waiting for it to accept (受理),
 * accepted (办理中), handled (办理完毕, waiting for the firm's feedback). Null unless assigned.
 */
export const handlingStages = ['awaiting_acceptance', 'accepted', 'handled'] as const;
/** The workflow's steps, each an audit action of the problem: the timeline reads them back. */
export const problemSteps = ['assign', 'accept', 'respond', 'handled', 'feedback'] as const;
export type ProblemStep = (typeof problemSteps)[number];
export const indicatorFrequencies = ['monthly', 'quarterly', 'yearly'] as const;
export const indicatorDirections = ['higher_is_better', 'lower_is_better'] as const;
/**
 * 三权分立: `admin` is the system administrator (users and chains, and every chain's data),
 * `security_admin` the security administrator (password, session and second-factor policy,
 * credential resets, unlocks), `audit_admin` the audit administrator (reads and exports the
 * security audit, nothing else). One role per account, so no account holds two of them.
 */
export const userRoles = [
  'viewer',
  'editor',
  'admin',
  'security_admin',
  'audit_admin',
  /** A department (部门) that handles the problems assigned to it (受理 · 办理 · 办结). */
  'department',
] as const;
/** The roles that administer the system rather than its data. */
export const administratorRoles = ['admin', 'security_admin', 'audit_admin'] as const;
/**
 * Where a session stands after the password: a second factor to give, a password that must be
 * changed (new or reset account, or past its age), a second factor to enrol, or signed in.
 */
export const sessionStages = [
  'second_factor',
  'change_password',
  'enrol_second_factor',
  'signed_in',
] as const;
/** Why a session ended, so the person whose screen it was can be told. */
export const sessionEndReasons = [
  'signed_out',
  'idle',
  'expired',
  'replaced',
  'password_changed',
  'password_reset',
  'second_factor_reset',
  'account_changed',
  'disabled',
] as const;
/** The security events of the security audit (安全审计), besides the data changes. */
export const securityEventTypes = [
  'sign_in',
  'second_factor_check',
  'sign_out',
  'session_ended',
  'password_change',
  'password_reset',
  'second_factor_enrolment',
  'second_factor_disabled',
  'second_factor_reset',
  'recovery_codes_renewed',
  'user_created',
  'role_or_scope_change',
  'account_disabled',
  'account_enabled',
  'unlock',
  'policy_change',
  'backup_download',
  'security_audit_export',
  'security_audit_archive',
  'access_denied',
  /** The daily mail digest of a user's notifications, sent or failed (by the server itself). */
  'mail_digest',
] as const;
export const securityEventResults = ['success', 'failure'] as const;
/** `withdraw` hides a record entered by mistake (or gone from the city); `restore` brings it back. */
export const auditActions = [
  'create',
  'update',
  'delete',
  'revert',
  'withdraw',
  'restore',
  ...problemSteps,
] as const;
/** The kinds of record the audit trail names (`entity_type`). */
export const auditEntityTypes = [
  'chain_status',
  'five_one',
  'leader_firm',
  'chief_scientist',
  'task_force',
  'task_force_member',
  'policy',
  'chain_link',
  'indicator_value',
  'project',
  'problem',
  'status_report',
  'user',
  /** A full backup taken by an administrator: who took it and when. */
  'backup',
  'firm',
  /** Wrong sign-in passwords an administrator forgave: whose, and how many. */
  'login_throttle',
  'park',
  'cluster',
  'cluster_assessment',
  'chain_segment',
  'lead',
  'target_firm',
  'campaign',
  'supply_item',
  'meeting',
  /** A quarter an administrator reopened or relocked for indicator figures, with the reason. */
  'indicator_period',
  'tech_need',
  'tech_supply',
  'tech_assistant',
  'tech_match',
] as const;

export type ChainCategory = (typeof chainCategories)[number];
export type RagStatus = (typeof ragStatuses)[number];
export type FiveOneItem = (typeof fiveOneItems)[number];
export type FiveOneState = (typeof fiveOneStates)[number];
export type IndicatorRating = (typeof indicatorRatings)[number];
export type IndicatorDirection = (typeof indicatorDirections)[number];
export type SegmentPosition = (typeof segmentPositions)[number];
export type LinkStrength = (typeof linkStrengths)[number];
export type FirmTag = (typeof firmTags)[number];
export type RevenueBand = (typeof revenueBands)[number];
export type ProjectStage = (typeof projectStages)[number];
export type LeadAction = (typeof leadActions)[number];
export type LeadStage = (typeof leadStages)[number];
export type TargetFirmSource = (typeof targetFirmSources)[number];
export type TargetFirmSize = (typeof targetFirmSizes)[number];
export type ProblemStatus = (typeof problemStatuses)[number];
export type ClusterAssessmentResult = (typeof clusterAssessmentResults)[number];
export type FirmWithdrawalReason = (typeof firmWithdrawalReasons)[number];
export type TechNeedKind = (typeof techNeedKinds)[number];
export type TechNeedStatus = (typeof techNeedStatuses)[number];
export type TechSupplyKind = (typeof techSupplyKinds)[number];
export type TechNetwork = (typeof techNetworks)[number];
export type TechMatchStage = (typeof techMatchStages)[number];
/**
 * 督办: an unresolved problem with a deadline is amber from its deadline day, red after the
 * configured days overdue, and otherwise none (server/contract/supervision.ts).
 */
export const supervisionLevels = ['none', 'amber', 'red'] as const;
