import type { DepartmentKey } from './departments';

export type ChainCode =
  | 'new-display'
  | 'nuclear-tech'
  | 'laser-tech'
  | 'drones'
  | 'robotics'
  | 'aerospace'
  | 'biomed'
  | 'pv-storage'
  | 'ai'
  | 'commercial-space'
  | 'terahertz'
  | 'low-altitude';

export type FiveOneItem =
  'chain_map' | 'leader_firm' | 'chief_scientist' | 'task_force' | 'policy_package';
export type FiveOneState = 'missing' | 'in_progress' | 'in_place';
export type Rag = 'green' | 'amber' | 'red';

export interface ScientistSeed {
  name: string;
  title: string;
  affiliation: string;
  field: string;
}

export interface ChainSeed {
  code: ChainCode;
  name: string;
  nameEn: string;
  category: 'strategic' | 'future';
  leaderName: string;
  leaderTitle: string;
  leadDepartment: DepartmentKey;
  status: Rag;
  statusNote: string;
  /** How long ago the status was last set; over 30 days raises the stale-status alert. */
  statusAgeDays: number;
  /** Items not listed are in place; the note says what is still to do. */
  gaps: Partial<Record<FiveOneItem, { state: Exclude<FiveOneState, 'in_place'>; note: string }>>;
  taskForce: { headName: string; headTitle: string; cadence: 'weekly' | 'biweekly' | 'monthly' };
  /** Absent when the chief scientist is missing or not yet chosen. */
  scientist?: ScientistSeed & { appointed: boolean };
}

export const FIVE_ONE_ITEMS: readonly FiveOneItem[] = [
  'chain_map',
  'leader_firm',
  'chief_scientist',
  'task_force',
  'policy_package',
];

/** The 8 strategic emerging and 4 future industries, in the order the city lists them. */
export const CHAINS: readonly ChainSeed[] = [
  {
    code: 'new-display',
    name: '新型显示',
    nameEn: 'New display',
    category: 'strategic',
    leaderName: '罗明远',
    leaderTitle: '市委书记',
    leadDepartment: 'econ',
    status: 'green',
    statusNote: '京东方、惠科产线满产运行，长虹整机带动本地配套率提升，季度产值高于目标。',
    statusAgeDays: 4,
    gaps: {},
    taskForce: { headName: '李卫东', headTitle: '市经济和信息化局局长', cadence: 'biweekly' },
    scientist: {
      name: '陈学礼',
      title: '中国工程院院士',
      affiliation: '电子科技大学',
      field: '新型显示与光电子器件',
      appointed: true,
    },
  },
  {
    code: 'nuclear-tech',
    name: '核技术应用',
    nameEn: 'Nuclear technology applications',
    category: 'strategic',
    leaderName: '赵启航',
    leaderTitle: '市长',
    leadDepartment: 'defence',
    status: 'green',
    statusNote: '国产医用回旋加速器实现出口，放射性药物项目按计划推进。',
    statusAgeDays: 9,
    gaps: {},
    taskForce: { headName: '杨国栋', headTitle: '市国防科技工业办公室主任', cadence: 'biweekly' },
    scientist: {
      name: '杜宏斌',
      title: '研究员',
      affiliation: '中国工程物理研究院',
      field: '加速器物理与核技术应用',
      appointed: true,
    },
  },
  {
    code: 'laser-tech',
    name: '激光技术应用',
    nameEn: 'Laser technology applications',
    category: 'strategic',
    leaderName: '何文卓',
    leaderTitle: '副市长',
    leadDepartment: 'science',
    status: 'green',
    statusNote: '超快激光器项目投产，激光加工装备订单增长；扶持政策实施细则正在修订。',
    statusAgeDays: 13,
    gaps: {
      policy_package: { state: 'in_progress', note: '原政策到期，修订稿已送市司法局审核。' },
    },
    taskForce: { headName: '许海涛', headTitle: '市科技局局长', cadence: 'monthly' },
    scientist: {
      name: '葛永康',
      title: '中国工程院院士',
      affiliation: '中国工程物理研究院激光聚变研究中心',
      field: '高功率激光技术',
      appointed: true,
    },
  },
  {
    code: 'drones',
    name: '无人机',
    nameEn: 'Drones',
    category: 'strategic',
    leaderName: '孙建川',
    leaderTitle: '市委副书记',
    leadDepartment: 'econ',
    status: 'green',
    statusNote: '九洲带动整机及反无人机系统订单增长，省级集群年度评估良好。',
    statusAgeDays: 6,
    gaps: {},
    taskForce: { headName: '冯晓明', headTitle: '市经济和信息化局副局长', cadence: 'biweekly' },
    scientist: {
      name: '韩立新',
      title: '教授',
      affiliation: '西北工业大学',
      field: '无人飞行器总体设计',
      appointed: true,
    },
  },
  {
    code: 'robotics',
    name: '机器人',
    nameEn: 'Robotics',
    category: 'strategic',
    leaderName: '周立群',
    leaderTitle: '常务副市长',
    leadDepartment: 'scienceCity',
    status: 'amber',
    statusNote: '精密减速器、协作机器人环节仍为空白，首席科学家聘任手续尚未完成。',
    statusAgeDays: 11,
    gaps: {
      chief_scientist: { state: 'in_progress', note: '人选已确定，聘任协议待签署。' },
    },
    taskForce: { headName: '曹志强', headTitle: '科技城新区管委会副主任', cadence: 'biweekly' },
    scientist: {
      name: '蒋春燕',
      title: '教授',
      affiliation: '西南科技大学',
      field: '特种机器人与智能控制',
      appointed: false,
    },
  },
  {
    code: 'aerospace',
    name: '航空航天',
    nameEn: 'Aerospace',
    category: 'strategic',
    leaderName: '孙建川',
    leaderTitle: '市委副书记',
    leadDepartment: 'defence',
    status: 'amber',
    statusNote: '航空发动机零部件订单平稳，机体结构件延链招商进度偏慢。',
    statusAgeDays: 18,
    gaps: {},
    taskForce: { headName: '邓永红', headTitle: '市国防科技工业办公室副主任', cadence: 'monthly' },
    scientist: {
      name: '罗振华',
      title: '研究员',
      affiliation: '中国空气动力研究与发展中心',
      field: '空气动力学与航空试验',
      appointed: true,
    },
  },
  {
    code: 'biomed',
    name: '生物医药及医疗装备',
    nameEn: 'Biomedicine and medical equipment',
    category: 'strategic',
    leaderName: '郑雅琴',
    leaderTitle: '副市长',
    leadDepartment: 'health',
    status: 'amber',
    statusNote: '生物制品环节缺失，专项扶持政策仍在征求意见，部分企业融资诉求未办结。',
    statusAgeDays: 53,
    gaps: {
      policy_package: {
        state: 'in_progress',
        note: '专项政策征求意见稿已印发，待市政府常务会审议。',
      },
    },
    taskForce: { headName: '谢丽华', headTitle: '市卫生健康委员会副主任', cadence: 'monthly' },
    scientist: {
      name: '彭慧敏',
      title: '教授',
      affiliation: '四川大学华西药学院',
      field: '中药现代化与制剂工程',
      appointed: true,
    },
  },
  {
    code: 'pv-storage',
    name: '光伏储能',
    nameEn: 'Photovoltaics and energy storage',
    category: 'strategic',
    leaderName: '周立群',
    leaderTitle: '常务副市长',
    leadDepartment: 'development',
    status: 'green',
    statusNote: '埃克森新能源电池产业园投产，磷酸铁锂材料产能释放，产值增速高于目标。',
    statusAgeDays: 2,
    gaps: {},
    taskForce: { headName: '马光辉', headTitle: '市发展和改革委员会副主任', cadence: 'weekly' },
    scientist: {
      name: '沈家栋',
      title: '教授',
      affiliation: '电子科技大学',
      field: '锂离子电池材料',
      appointed: true,
    },
  },
  {
    code: 'ai',
    name: '人工智能',
    nameEn: 'Artificial intelligence',
    category: 'future',
    leaderName: '何文卓',
    leaderTitle: '副市长',
    leadDepartment: 'science',
    status: 'amber',
    statusNote: '算力中心二期建设推进中，行业大模型应用场景开放不足，配套政策待出台。',
    statusAgeDays: 15,
    gaps: {
      policy_package: { state: 'in_progress', note: '算力券与场景开放政策起草中。' },
    },
    taskForce: { headName: '唐建平', headTitle: '市科技局副局长', cadence: 'monthly' },
    scientist: {
      name: '唐一鸣',
      title: '教授',
      affiliation: '西南科技大学',
      field: '机器学习与智能控制',
      appointed: true,
    },
  },
  {
    code: 'commercial-space',
    name: '商业航天',
    nameEn: 'Commercial space',
    category: 'future',
    leaderName: '王晓东',
    leaderTitle: '副市长',
    leadDepartment: 'defence',
    status: 'red',
    statusNote: '链主企业尚未确定，扶持政策空白，商业火箭延链项目签约后未开工。',
    statusAgeDays: 38,
    gaps: {
      chain_map: { state: 'in_progress', note: '中下游环节图谱待与省级研究机构会商完善。' },
      leader_firm: { state: 'in_progress', note: '两家候选企业考察中，拟提交链长办公会审定。' },
      policy_package: { state: 'missing', note: '尚未启动专项政策起草。' },
    },
    taskForce: { headName: '蔡宏伟', headTitle: '市国防科技工业办公室副主任', cadence: 'monthly' },
    scientist: {
      name: '吴承志',
      title: '研究员',
      affiliation: '中国科学院空天信息创新研究院',
      field: '卫星总体与遥感载荷',
      appointed: true,
    },
  },
  {
    code: 'terahertz',
    name: '太赫兹技术',
    nameEn: 'Terahertz technology',
    category: 'future',
    leaderName: '王晓东',
    leaderTitle: '副市长',
    leadDepartment: 'science',
    status: 'red',
    statusNote: '首席科学家与链主企业均未落实，产业规模小，专班需加快补齐“五个一”。',
    statusAgeDays: 7,
    gaps: {
      chain_map: { state: 'in_progress', note: '图谱初稿完成，上游材料环节待论证。' },
      leader_firm: { state: 'missing', note: '本地暂无营收过亿的太赫兹企业。' },
      chief_scientist: { state: 'missing', note: '正与中国工程物理研究院商议人选。' },
      task_force: { state: 'in_progress', note: '专班成员单位待补充，议事规则未印发。' },
      policy_package: { state: 'in_progress', note: '首个专项政策起草中。' },
    },
    taskForce: { headName: '钟明亮', headTitle: '市科技局副局长', cadence: 'monthly' },
  },
  {
    code: 'low-altitude',
    name: '低空经济',
    nameEn: 'Low-altitude economy',
    category: 'future',
    leaderName: '林志诚',
    leaderTitle: '副市长',
    leadDepartment: 'transport',
    status: 'amber',
    statusNote: '低空飞行服务站建设滞后，首席科学家人选在洽谈，低空物流试点航线待批。',
    statusAgeDays: 20,
    gaps: {
      chief_scientist: { state: 'in_progress', note: '与两所高校洽谈人选。' },
    },
    taskForce: { headName: '袁志刚', headTitle: '市交通运输局局长', cadence: 'biweekly' },
  },
];

export function fiveOneState(chain: ChainSeed, item: FiveOneItem): FiveOneState {
  return chain.gaps[item]?.state ?? 'in_place';
}

/** Chain ids follow the catalogue order, starting at 1. */
export function chainId(code: ChainCode): number {
  return CHAINS.findIndex((chain) => chain.code === code) + 1;
}
