import type { ChainCode } from './chains';
import type { ParkKey } from './parks';

export type RevenueBand = 'over_100b' | 'over_10b' | 'over_1b' | 'over_100m' | 'under_100m';

export interface NamedFirmSeed {
  key: string;
  name: string;
  nameEn: string;
  shortName: string;
  shortNameEn: string;
  band: RevenueBand;
  revenueYi: number;
  employees: number;
  /** Years since founding, counted back from `today`'s year. */
  age: number;
  park: ParkKey;
  /** The chains the article puts the firm in, its main one first. */
  chains: readonly ChainCode[];
  /** Chain-map links it works in: [chain, link name]. */
  links: readonly (readonly [ChainCode, string])[];
  /** The chain it is the designated chain-leader firm (链主) of, if any. */
  leads?: ChainCode;
  leadReason?: string;
}

/** The firms the article names, placed where the article places them. */
export const NAMED_FIRMS: readonly NamedFirmSeed[] = [
  {
    key: 'changhong',
    name: '四川长虹电子控股集团有限公司',
    nameEn: 'Sichuan Changhong Electronics Holding Group Co., Ltd.',
    shortName: '长虹',
    shortNameEn: 'Changhong',
    band: 'over_100b',
    revenueYi: 1216.38,
    employees: 38_600,
    age: 68,
    park: 'display',
    chains: ['new-display', 'ai'],
    links: [
      ['new-display', '电视'],
      ['new-display', '显示模组'],
      ['new-display', '商用显示'],
      ['ai', '智能家电'],
      ['ai', '智能控制算法'],
    ],
    leads: 'new-display',
    leadReason:
      '全市唯一千亿级企业，整机需求带动面板、模组和材料本地配套，牵头组建新型显示产业联盟。',
  },
  {
    key: 'jiuzhou',
    name: '四川九洲电器集团有限责任公司',
    nameEn: 'Sichuan Jiuzhou Electric Group Co., Ltd.',
    shortName: '九洲',
    shortNameEn: 'Jiuzhou',
    band: 'over_10b',
    revenueYi: 412.56,
    employees: 14_200,
    age: 68,
    park: 'drones',
    chains: ['drones', 'aerospace', 'low-altitude'],
    links: [
      ['drones', '反无人机系统'],
      ['drones', '导航与数据链'],
      ['drones', '大中型固定翼无人机'],
      ['aerospace', '空管与导航设备'],
      ['aerospace', '机载电子系统'],
      ['low-altitude', '通信导航监视设备'],
      ['low-altitude', '工业及物流无人机'],
    ],
    leads: 'drones',
    leadReason: '百亿级龙头企业，掌握空管、数据链与反无人机核心技术，带动整机及配套企业集聚。',
  },
  {
    key: 'boe',
    name: '绵阳京东方光电科技有限公司',
    nameEn: 'Mianyang BOE Optoelectronics Technology Co., Ltd.',
    shortName: '京东方',
    shortNameEn: 'BOE',
    band: 'over_10b',
    revenueYi: 168.47,
    employees: 6_300,
    age: 9,
    park: 'display',
    chains: ['new-display'],
    links: [
      ['new-display', 'AMOLED面板'],
      ['new-display', '显示模组'],
    ],
  },
  {
    key: 'hkc',
    name: '绵阳惠科光电科技有限公司',
    nameEn: 'Mianyang HKC Optoelectronics Technology Co., Ltd.',
    shortName: '惠科',
    shortNameEn: 'HKC',
    band: 'over_10b',
    revenueYi: 121.35,
    employees: 4_800,
    age: 8,
    park: 'display',
    chains: ['new-display'],
    links: [
      ['new-display', 'TFT-LCD面板'],
      ['new-display', '背光模组'],
    ],
  },
  {
    key: 'fulin',
    name: '四川富临精工股份有限公司',
    nameEn: 'Sichuan Fulin Precision Co., Ltd.',
    shortName: '富临精工',
    shortNameEn: 'Fulin Precision',
    band: 'over_1b',
    revenueYi: 63.72,
    employees: 5_200,
    age: 29,
    park: 'battery',
    chains: ['pv-storage', 'robotics'],
    links: [
      ['pv-storage', '磷酸铁锂正极材料'],
      ['pv-storage', '新能源汽车配套'],
      ['robotics', '精密零部件'],
    ],
    leads: 'pv-storage',
    leadReason:
      '省首批新赛道领军型“赛手企业”，磷酸铁锂正极材料产能居西部前列，带动电池材料链条完善。',
  },
  {
    key: 'jiuyuan',
    name: '四川玖源源粒子科技有限公司',
    nameEn: 'Sichuan Jiuyuanyuan Particle Technology Co., Ltd.',
    shortName: '玖源源粒子',
    shortNameEn: 'Jiuyuanyuan Particle',
    band: 'over_100m',
    revenueYi: 2.86,
    employees: 320,
    age: 11,
    park: 'nuclearHealth',
    chains: ['nuclear-tech'],
    links: [
      ['nuclear-tech', '医用回旋加速器'],
      ['nuclear-tech', '加速器核心部件'],
    ],
    leads: 'nuclear-tech',
    leadReason: '实现医用回旋加速器自主可控并首次出口海外，带动核素制备和核医学诊疗环节发展。',
  },
  {
    key: 'tianxiong',
    name: '四川天雄药业有限公司',
    nameEn: 'Sichuan Tianxiong Pharmaceutical Co., Ltd.',
    shortName: '天雄药业',
    shortNameEn: 'Tianxiong Pharmaceutical',
    band: 'over_100m',
    revenueYi: 3.41,
    employees: 410,
    age: 23,
    park: 'anzhou',
    chains: ['biomed'],
    links: [
      ['biomed', '中药饮片及中成药'],
      ['biomed', '中药材种植'],
    ],
    leads: 'biomed',
    leadReason: '毒性中药饮片生产规模居全省前列，联结中药材种植基地与下游医药流通企业。',
  },
  {
    key: 'aikesen',
    name: '埃克森新能源（绵阳）有限公司',
    nameEn: 'Aikesen New Energy (Mianyang) Co., Ltd.',
    shortName: '埃克森新能源',
    shortNameEn: 'Aikesen New Energy',
    band: 'over_1b',
    revenueYi: 36.15,
    employees: 2_100,
    age: 3,
    park: 'battery',
    chains: ['pv-storage'],
    links: [
      ['pv-storage', '动力及储能电芯'],
      ['pv-storage', '储能电站'],
    ],
  },
];

/** The named firms are created first, so their ids follow the catalogue order. */
export function namedFirmId(key: string): number {
  const index = NAMED_FIRMS.findIndex((seed) => seed.key === key);
  if (index < 0) throw new Error(`No named firm "${key}"`);
  return index + 1;
}
