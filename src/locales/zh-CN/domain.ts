/** Labels of the domain's closed vocabularies (server/contract/domain.ts), one entry per value. */
export const domain = {
  category: {
    strategic: '战略性新兴产业',
    future: '未来产业',
  },
  status: {
    green: '绿',
    amber: '黄',
    red: '红',
  },
  fiveOnes: {
    items: {
      chain_map: '产业链图谱',
      leader_firm: '链主企业',
      chief_scientist: '首席科学家',
      task_force: '工作专班',
      policy_package: '扶持政策',
    },
    states: {
      in_place: '已到位',
      in_progress: '推进中',
      missing: '缺失',
    },
  },
  indicatorRating: {
    excellent: '优秀',
    green: '达标',
    amber: '预警',
    red: '未达标',
  },
  segmentPosition: {
    upstream: '上游',
    midstream: '中游',
    downstream: '下游',
  },
  linkStrength: {
    strong: '优势',
    weak: '薄弱',
    missing: '缺失',
  },
  meetingCadence: {
    weekly: '每周',
    biweekly: '每两周',
    monthly: '每月',
    quarterly: '每季度',
  },
  reportCadence: {
    weekly: '每周',
    biweekly: '每两周',
    monthly: '每月',
  },
  /** A reporting period: a week by its Monday's month, a fortnight by its days, a month. */
  reportPeriod: {
    weekly: '{{month}}月第{{week}}周',
    biweekly: '{{from}}–{{to}}',
    monthly: '{{year}}年{{month}}月',
    separator: '、',
  },
  policyStatus: {
    draft: '起草中',
    issued: '已印发',
    in_force: '实施中',
    expired: '已失效',
  },
  revenueBand: {
    over_100b: '千亿级',
    over_10b: '百亿级',
    over_1b: '十亿级',
    over_100m: '亿元级',
    under_100m: '亿元以下',
  },
  firmTag: {
    chain_leader: '链主企业',
    little_giant: '专精特新"小巨人"',
    provincial_specialized: '省级专精特新',
    single_champion: '单项冠军',
    high_tech: '高新技术企业',
    tech_sme: '科技型中小企业',
    above_scale: '规上企业',
    track_racer: '新赛道"赛手企业"',
  },
  clusterLevel: {
    national: '国家级',
    provincial: '省级',
    sme_feature: '中小企业特色',
  },
  clusterStatus: {
    candidate: '培育中',
    recognised: '已认定',
    under_review: '复核中',
  },
  projectStage: {
    signed: '已签约',
    started: '已开工',
    in_production: '已投产',
  },
  projectOrigin: {
    investment_promotion: '招商引资',
    expansion: '增资扩产',
  },
  leadAction: {
    strengthen: '强链',
    fill: '补链',
    extend: '延链',
  },
  leadStage: {
    identified: '线索',
    contacted: '接洽',
    visited: '考察',
    negotiating: '洽谈',
    signed: '签约',
    dropped: '终止',
  },
  targetFirmSource: {
    leader_recommendation: '链主推荐',
    supply_list: '链主供需清单',
    campaign: '招商活动',
    other: '其他',
  },
  targetFirmSize: {
    large: '大型',
    medium: '中型',
    small: '小型',
  },
  problemStatus: {
    open: '已收集',
    assigned: '已交办',
    resolved: '已办结',
  },
  supervisionLevel: {
    none: '未到期',
    amber: '黄牌督办',
    red: '红牌督办',
  },
  indicatorFrequency: {
    monthly: '月度',
    quarterly: '季度',
    yearly: '年度',
  },
};
