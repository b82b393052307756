import type * as schema from '../schema';
import { chainId, type ChainCode } from './chains';
import { addDays } from './dates';
import { touched, type Insert } from './rows';

interface ClusterSeed {
  name: string;
  nameEn: string;
  level: 'national' | 'provincial' | 'sme_feature';
  status: 'candidate' | 'recognised' | 'under_review';
  /** Days before `today` it was recognised; absent until it is. */
  recognisedDaysAgo?: number;
  recognisedBy?: string;
  description: string;
  chains: readonly ChainCode[];
}

/** 3 national and 6 provincial clusters, the two SME feature clusters outside the chains, two hopefuls. */
const CLUSTERS: readonly ClusterSeed[] = [
  {
    name: '绵阳电子信息先进制造业集群',
    nameEn: 'Mianyang Electronic Information Advanced Manufacturing Cluster',
    level: 'national',
    status: 'recognised',
    recognisedDaysAgo: 1290,
    recognisedBy: '工业和信息化部',
    description: '以长虹、京东方、惠科为龙头，覆盖面板、模组、整机和智能终端。',
    chains: ['new-display', 'ai'],
  },
  {
    name: '绵阳航空航天及无人机创新型产业集群',
    nameEn: 'Mianyang Aerospace and Drone Innovative Industrial Cluster',
    level: 'national',
    status: 'recognised',
    recognisedDaysAgo: 1010,
    recognisedBy: '科学技术部',
    description: '依托国家级科研院所和九洲等企业，形成空管、机载电子、整机和试验服务体系。',
    chains: ['aerospace', 'drones', 'low-altitude'],
  },
  {
    name: '绵阳激光技术应用创新型产业集群',
    nameEn: 'Mianyang Laser Technology Applications Innovative Industrial Cluster',
    level: 'national',
    status: 'recognised',
    recognisedDaysAgo: 640,
    recognisedBy: '科学技术部',
    description: '围绕激光器、激光加工装备和检测仪器，推动院所成果就地转化。',
    chains: ['laser-tech', 'terahertz'],
  },
  {
    name: '绵阳新型显示产业集群',
    nameEn: 'Mianyang New Display Industrial Cluster',
    level: 'provincial',
    status: 'recognised',
    recognisedDaysAgo: 760,
    recognisedBy: '四川省发展和改革委员会',
    description: '四川省战略性新兴产业集群。',
    chains: ['new-display'],
  },
  {
    name: '绵阳核技术应用产业集群',
    nameEn: 'Mianyang Nuclear Technology Applications Industrial Cluster',
    level: 'provincial',
    status: 'recognised',
    recognisedDaysAgo: 760,
    recognisedBy: '四川省发展和改革委员会',
    description: '四川省战略性新兴产业集群。',
    chains: ['nuclear-tech'],
  },
  {
    name: '绵阳无人机产业集群',
    nameEn: 'Mianyang Drone Industrial Cluster',
    level: 'provincial',
    status: 'recognised',
    recognisedDaysAgo: 760,
    recognisedBy: '四川省发展和改革委员会',
    description: '四川省战略性新兴产业集群。',
    chains: ['drones'],
  },
  {
    name: '绵阳生物医药产业集群',
    nameEn: 'Mianyang Biomedicine Industrial Cluster',
    level: 'provincial',
    status: 'recognised',
    recognisedDaysAgo: 1180,
    recognisedBy: '四川省经济和信息化厅',
    description: '以中药饮片、化学制剂和医疗器械为主，安州工业园为主要承载地。',
    chains: ['biomed'],
  },
  {
    name: '绵阳机器人产业集群',
    nameEn: 'Mianyang Robotics Industrial Cluster',
    level: 'provincial',
    status: 'recognised',
    recognisedDaysAgo: 520,
    recognisedBy: '四川省经济和信息化厅',
    description: '特种机器人与智能产线集成特色突出，科技城新区机器人产业园为核心区。',
    chains: ['robotics', 'ai'],
  },
  {
    name: '绵阳锂电及储能产业集群',
    nameEn: 'Mianyang Lithium Battery and Energy Storage Industrial Cluster',
    level: 'provincial',
    status: 'recognised',
    recognisedDaysAgo: 430,
    recognisedBy: '四川省经济和信息化厅',
    description: '磷酸铁锂正极材料与动力储能电芯协同发展。',
    chains: ['pv-storage'],
  },
  {
    name: '绵阳市游仙区连接器产业集群',
    nameEn: 'Youxian District Connector Industrial Cluster, Mianyang',
    level: 'sme_feature',
    status: 'recognised',
    recognisedDaysAgo: 820,
    recognisedBy: '工业和信息化部',
    description: '中小企业特色产业集群：电连接器、线缆组件及精密结构件。',
    chains: [],
  },
  {
    name: '江油市特冶新材料产业集群',
    nameEn: 'Jiangyou Special Metallurgy and New Materials Industrial Cluster',
    level: 'sme_feature',
    status: 'recognised',
    recognisedDaysAgo: 820,
    recognisedBy: '工业和信息化部',
    description: '中小企业特色产业集群：高温合金、特种钢材和钛合金材料。',
    chains: [],
  },
  {
    name: '绵阳商业航天产业集群',
    nameEn: 'Mianyang Commercial Space Industrial Cluster',
    level: 'provincial',
    status: 'candidate',
    description: '拟申报省级战略性新兴产业集群，正在编制培育方案。',
    chains: ['commercial-space', 'aerospace'],
  },
  {
    name: '绵阳低空经济产业集群',
    nameEn: 'Mianyang Low-Altitude Economy Industrial Cluster',
    level: 'provincial',
    status: 'under_review',
    description: '已提交省级集群认定申请，专家评审中。',
    chains: ['low-altitude', 'drones'],
  },
];

export function buildClusters(
  today: string,
  at: Date,
): {
  clusters: Insert<typeof schema.clusters>[];
  clusterChains: Insert<typeof schema.clusterChains>[];
  clusterAssessments: Insert<typeof schema.clusterAssessments>[];
} {
  const clusters = CLUSTERS.map((seed, index) => ({
    id: index + 1,
    name: seed.name,
    nameEn: seed.nameEn,
    level: seed.level,
    status: seed.status,
    recognisedOn:
      seed.recognisedDaysAgo === undefined ? null : addDays(today, -seed.recognisedDaysAgo),
    recognisedBy: seed.recognisedBy ?? null,
    description: seed.description,
    ...touched(at),
  }));
  const clusterChains = CLUSTERS.flatMap((seed, index) =>
    seed.chains.map((code) => ({ clusterId: index + 1, chainId: chainId(code) })),
  );
  // A recognised cluster is assessed every year after the one it was recognised in (年度评估):
  // mostly 良好, the older national ones 优秀 once, so the cluster page has a history to show.
  const thisYear = Number(today.slice(0, 4));
  const clusterAssessments = clusters.flatMap((cluster) => {
    if (cluster.recognisedOn === null) return [];
    const years: number[] = [];
    for (let year = Number(cluster.recognisedOn.slice(0, 4)) + 1; year < thisYear; year += 1) {
      years.push(year);
    }
    return years.map((year, index) => ({
      clusterId: cluster.id,
      year,
      result:
        cluster.level === 'national' && index === 0 ? ('excellent' as const) : ('good' as const),
      note: null,
      ...touched(at),
    }));
  });
  return { clusters, clusterChains, clusterAssessments };
}
