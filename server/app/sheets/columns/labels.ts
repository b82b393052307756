import type {
  LeadAction,
  LeadStage,
  auditActions,
  auditEntityTypes,
  clusterLevels,
  clusterStatuses,
  FirmTag,
  policyStatuses,
  ProblemStatus,
  securityEventResults,
  securityEventTypes,
  userRoles,
  ProjectStage,
  RevenueBand,
} from '../../../contract/domain';
import type { Localized } from '../columns';

/*
 * The vocabularies' labels as the sheets write them. The SPA's locale files hold the same words
 * for the screens; the server cannot import them, so the sheets keep their own copy here.
 */

export const revenueBandLabels: Record<RevenueBand, Localized> = {
  over_100b: { 'zh-CN': '千亿级', 'en-US': 'Over ¥100 bn' },
  over_10b: { 'zh-CN': '百亿级', 'en-US': '¥10–100 bn' },
  over_1b: { 'zh-CN': '十亿级', 'en-US': '¥1–10 bn' },
  over_100m: { 'zh-CN': '亿元级', 'en-US': '¥0.1–1 bn' },
  under_100m: { 'zh-CN': '亿元以下', 'en-US': 'Under ¥0.1 bn' },
};

export const firmTagLabels: Record<FirmTag, Localized> = {
  chain_leader: { 'zh-CN': '链主企业', 'en-US': 'Chain leader' },
  little_giant: { 'zh-CN': '专精特新"小巨人"', 'en-US': 'Little giant' },
  provincial_specialized: { 'zh-CN': '省级专精特新', 'en-US': 'Provincial specialised SME' },
  single_champion: { 'zh-CN': '单项冠军', 'en-US': 'Single champion' },
  high_tech: { 'zh-CN': '高新技术企业', 'en-US': 'High-tech enterprise' },
  tech_sme: { 'zh-CN': '科技型中小企业', 'en-US': 'Tech-based SME' },
  above_scale: { 'zh-CN': '规上企业', 'en-US': 'Above designated size' },
  track_racer: { 'zh-CN': '新赛道"赛手企业"', 'en-US': 'New-track "racer" firm' },
};

export const projectStageLabels: Record<ProjectStage, Localized> = {
  signed: { 'zh-CN': '已签约', 'en-US': 'Signed' },
  started: { 'zh-CN': '已开工', 'en-US': 'Started' },
  in_production: { 'zh-CN': '已投产', 'en-US': 'In production' },
};

export const projectOriginLabels: Record<'investment_promotion' | 'expansion', Localized> = {
  investment_promotion: { 'zh-CN': '招商引资', 'en-US': 'Investment promotion' },
  expansion: { 'zh-CN': '增资扩产', 'en-US': 'Expansion' },
};

export const problemStatusLabels: Record<ProblemStatus, Localized> = {
  open: { 'zh-CN': '已收集', 'en-US': 'Collected' },
  assigned: { 'zh-CN': '已交办', 'en-US': 'Assigned' },
  resolved: { 'zh-CN': '已办结', 'en-US': 'Resolved' },
};

export const clusterLevelLabels: Record<(typeof clusterLevels)[number], Localized> = {
  national: { 'zh-CN': '国家级', 'en-US': 'National' },
  provincial: { 'zh-CN': '省级', 'en-US': 'Provincial' },
  sme_feature: { 'zh-CN': '中小企业特色', 'en-US': 'SME feature' },
};

export const clusterStatusLabels: Record<(typeof clusterStatuses)[number], Localized> = {
  candidate: { 'zh-CN': '培育中', 'en-US': 'Candidate' },
  recognised: { 'zh-CN': '已认定', 'en-US': 'Recognised' },
  under_review: { 'zh-CN': '复核中', 'en-US': 'Under review' },
};

export const auditActionLabels: Record<(typeof auditActions)[number], Localized> = {
  create: { 'zh-CN': '新增', 'en-US': 'Added' },
  update: { 'zh-CN': '修改', 'en-US': 'Changed' },
  delete: { 'zh-CN': '删除', 'en-US': 'Removed' },
  revert: { 'zh-CN': '撤销', 'en-US': 'Reverted' },
  withdraw: { 'zh-CN': '撤回', 'en-US': 'Withdrawn' },
  restore: { 'zh-CN': '恢复', 'en-US': 'Restored' },
  assign: { 'zh-CN': '交办', 'en-US': 'Assigned' },
  accept: { 'zh-CN': '受理', 'en-US': 'Accepted' },
  respond: { 'zh-CN': '办理意见', 'en-US': 'Response' },
  handled: { 'zh-CN': '办理完毕', 'en-US': 'Handled' },
  feedback: { 'zh-CN': '企业反馈', 'en-US': 'Firm feedback' },
};

export const auditEntityTypeLabels: Record<(typeof auditEntityTypes)[number], Localized> = {
  chain_status: { 'zh-CN': '产业链状态', 'en-US': 'Chain status' },
  five_one: { 'zh-CN': '五个一状态', 'en-US': 'Five-ones state' },
  leader_firm: { 'zh-CN': '链主企业', 'en-US': 'Leader firm' },
  chief_scientist: { 'zh-CN': '首席科学家', 'en-US': 'Chief scientist' },
  task_force: { 'zh-CN': '工作专班', 'en-US': 'Task force' },
  task_force_member: { 'zh-CN': '专班成员', 'en-US': 'Task force member' },
  policy: { 'zh-CN': '扶持政策', 'en-US': 'Policy' },
  chain_link: { 'zh-CN': '产业链环节', 'en-US': 'Chain link' },
  indicator_value: { 'zh-CN': '指标数据', 'en-US': 'Indicator figure' },
  indicator_period: { 'zh-CN': '指标季度锁定', 'en-US': 'Indicator quarter lock' },
  project: { 'zh-CN': '项目', 'en-US': 'Project' },
  problem: { 'zh-CN': '企业问题', 'en-US': 'Firm problem' },
  status_report: { 'zh-CN': '专班动态', 'en-US': 'Status report' },
  user: { 'zh-CN': '用户', 'en-US': 'User' },
  backup: { 'zh-CN': '完整备份', 'en-US': 'Full backup' },
  firm: { 'zh-CN': '企业', 'en-US': 'Firm' },
  login_throttle: { 'zh-CN': '登录限制', 'en-US': 'Sign-in throttle' },
  park: { 'zh-CN': '园区', 'en-US': 'Park' },
  cluster: { 'zh-CN': '产业集群', 'en-US': 'Cluster' },
  cluster_assessment: { 'zh-CN': '集群年度评估', 'en-US': 'Cluster assessment' },
  chain_segment: { 'zh-CN': '产业链分段', 'en-US': 'Chain segment' },
  lead: { 'zh-CN': '招商线索', 'en-US': 'Investment lead' },
  target_firm: { 'zh-CN': '招商目标企业', 'en-US': 'Target firm' },
  campaign: { 'zh-CN': '招商活动', 'en-US': 'Investment campaign' },
  supply_item: { 'zh-CN': '链主供需清单', 'en-US': 'Supply list item' },
  meeting: { 'zh-CN': '座谈会', 'en-US': 'Meeting with firms' },
  tech_need: { 'zh-CN': '技术需求', 'en-US': 'Technology need' },
  tech_supply: { 'zh-CN': '技术供给', 'en-US': 'Technology supplier' },
  tech_assistant: { 'zh-CN': '科技助理', 'en-US': 'Technology assistant' },
  tech_match: { 'zh-CN': '技术对接', 'en-US': 'Technology match' },
};

export const policyStatusLabels: Record<(typeof policyStatuses)[number], Localized> = {
  draft: { 'zh-CN': '起草中', 'en-US': 'Draft' },
  issued: { 'zh-CN': '已印发', 'en-US': 'Issued' },
  in_force: { 'zh-CN': '实施中', 'en-US': 'In force' },
  expired: { 'zh-CN': '已失效', 'en-US': 'Expired' },
};

/** Whether a policy is still in the package or withdrawn from it (废止). */
export const policyRetiredLabels: Record<'active' | 'retired', Localized> = {
  active: { 'zh-CN': '有效', 'en-US': 'Active' },
  retired: { 'zh-CN': '已废止', 'en-US': 'Retired' },
};

export const userRoleLabels: Record<(typeof userRoles)[number], Localized> = {
  viewer: { 'zh-CN': '查看者', 'en-US': 'Viewer' },
  editor: { 'zh-CN': '编辑者', 'en-US': 'Editor' },
  admin: { 'zh-CN': '系统管理员', 'en-US': 'System administrator' },
  security_admin: { 'zh-CN': '安全管理员', 'en-US': 'Security administrator' },
  audit_admin: { 'zh-CN': '审计管理员', 'en-US': 'Audit administrator' },
  department: { 'zh-CN': '部门用户', 'en-US': 'Department user' },
};

export const securityEventTypeLabels: Record<(typeof securityEventTypes)[number], Localized> = {
  sign_in: { 'zh-CN': '登录', 'en-US': 'Sign-in' },
  second_factor_check: { 'zh-CN': '双因素验证', 'en-US': 'Second-factor check' },
  sign_out: { 'zh-CN': '退出登录', 'en-US': 'Sign-out' },
  session_ended: { 'zh-CN': '会话结束', 'en-US': 'Session ended' },
  password_change: { 'zh-CN': '修改密码', 'en-US': 'Password change' },
  password_reset: { 'zh-CN': '重置密码', 'en-US': 'Password reset' },
  second_factor_enrolment: { 'zh-CN': '启用双因素', 'en-US': 'Second factor enrolled' },
  second_factor_disabled: { 'zh-CN': '停用双因素', 'en-US': 'Second factor turned off' },
  second_factor_reset: { 'zh-CN': '重置双因素', 'en-US': 'Second factor reset' },
  recovery_codes_renewed: { 'zh-CN': '更新恢复码', 'en-US': 'Recovery codes renewed' },
  user_created: { 'zh-CN': '创建用户', 'en-US': 'User created' },
  role_or_scope_change: { 'zh-CN': '角色或范围变更', 'en-US': 'Role or scope change' },
  account_disabled: { 'zh-CN': '停用账号', 'en-US': 'Account disabled' },
  account_enabled: { 'zh-CN': '启用账号', 'en-US': 'Account enabled' },
  unlock: { 'zh-CN': '解除登录限制', 'en-US': 'Unlock' },
  policy_change: { 'zh-CN': '修改安全策略', 'en-US': 'Security policy change' },
  backup_download: { 'zh-CN': '下载备份', 'en-US': 'Backup download' },
  security_audit_export: { 'zh-CN': '导出安全审计', 'en-US': 'Security audit export' },
  security_audit_archive: { 'zh-CN': '归档审计记录', 'en-US': 'Audit trails archived' },
  access_denied: { 'zh-CN': '拒绝访问', 'en-US': 'Access denied' },
  mail_digest: { 'zh-CN': '发送通知邮件摘要', 'en-US': 'Mail digest of notifications' },
};

export const securityEventResultLabels: Record<(typeof securityEventResults)[number], Localized> = {
  success: { 'zh-CN': '成功', 'en-US': 'Succeeded' },
  failure: { 'zh-CN': '失败', 'en-US': 'Failed' },
};

export const leadActionLabels: Record<LeadAction, Localized> = {
  strengthen: { 'zh-CN': '强链', 'en-US': 'Strengthen' },
  fill: { 'zh-CN': '补链', 'en-US': 'Fill' },
  extend: { 'zh-CN': '延链', 'en-US': 'Extend' },
};

export const leadStageLabels: Record<LeadStage, Localized> = {
  identified: { 'zh-CN': '线索', 'en-US': 'Lead' },
  contacted: { 'zh-CN': '接洽', 'en-US': 'Contact' },
  visited: { 'zh-CN': '考察', 'en-US': 'Site visit' },
  negotiating: { 'zh-CN': '洽谈', 'en-US': 'Negotiation' },
  signed: { 'zh-CN': '签约', 'en-US': 'Signed' },
  dropped: { 'zh-CN': '终止', 'en-US': 'Dropped' },
};
