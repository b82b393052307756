import type { ChainCode } from './chains';

/*
 * The fixed vocabulary of 补链招商: the article's six 三推 campaigns, the cities target firms
 * come from, and the words leads are written in. Generated rows draw from these lists.
 */

type Phrase = readonly [zh: string, en: string];

export interface CampaignSeed {
  city: string;
  cityEn: string;
  /** Days before `today` it began; the first one moves earlier if a signing would precede it. */
  startsDaysAgo: number;
  days: number;
  chains: readonly ChainCode[];
}

/** The article's six 三推 campaigns, oldest first; the first takes every chain to 厦门. */
export const CAMPAIGN_SEEDS: readonly CampaignSeed[] = [
  {
    city: '厦门',
    cityEn: 'Xiamen',
    startsDaysAgo: 1_060,
    days: 2,
    chains: [
      'new-display',
      'nuclear-tech',
      'laser-tech',
      'drones',
      'robotics',
      'aerospace',
      'biomed',
      'pv-storage',
      'ai',
      'commercial-space',
      'terahertz',
      'low-altitude',
    ],
  },
  {
    city: '东莞',
    cityEn: 'Dongguan',
    startsDaysAgo: 872,
    days: 2,
    chains: ['new-display', 'robotics', 'drones', 'ai', 'laser-tech', 'low-altitude', 'pv-storage'],
  },
  {
    city: '苏州',
    cityEn: 'Suzhou',
    startsDaysAgo: 662,
    days: 3,
    chains: ['biomed', 'nuclear-tech', 'robotics', 'new-display', 'ai', 'aerospace', 'laser-tech'],
  },
  {
    city: '佛山',
    cityEn: 'Foshan',
    startsDaysAgo: 481,
    days: 2,
    chains: ['robotics', 'pv-storage', 'new-display', 'drones', 'low-altitude', 'commercial-space'],
  },
  {
    city: '无锡',
    cityEn: 'Wuxi',
    startsDaysAgo: 299,
    days: 2,
    chains: ['pv-storage', 'biomed', 'ai', 'new-display', 'terahertz', 'laser-tech', 'aerospace'],
  },
  {
    city: '宁波',
    cityEn: 'Ningbo',
    startsDaysAgo: 151,
    days: 3,
    chains: [
      'new-display',
      'pv-storage',
      'aerospace',
      'commercial-space',
      'low-altitude',
      'robotics',
      'nuclear-tech',
      'drones',
    ],
  },
];

export interface HqCity {
  province: string;
  city: string;
  cityEn: string;
  /** The administrative division code that opens its firms' 统一社会信用代码. */
  region: string;
}

/** Where target firms are headquartered: the coastal clusters first, then inland centres. */
export const HQ_CITIES: readonly HqCity[] = [
  { province: '广东', city: '深圳', cityEn: 'Shenzhen', region: '440300' },
  { province: '广东', city: '东莞', cityEn: 'Dongguan', region: '441900' },
  { province: '广东', city: '佛山', cityEn: 'Foshan', region: '440600' },
  { province: '广东', city: '广州', cityEn: 'Guangzhou', region: '440100' },
  { province: '江苏', city: '苏州', cityEn: 'Suzhou', region: '320500' },
  { province: '江苏', city: '无锡', cityEn: 'Wuxi', region: '320200' },
  { province: '江苏', city: '南京', cityEn: 'Nanjing', region: '320100' },
  { province: '江苏', city: '常州', cityEn: 'Changzhou', region: '320400' },
  { province: '浙江', city: '宁波', cityEn: 'Ningbo', region: '330200' },
  { province: '浙江', city: '杭州', cityEn: 'Hangzhou', region: '330100' },
  { province: '福建', city: '厦门', cityEn: 'Xiamen', region: '350200' },
  { province: '上海', city: '上海', cityEn: 'Shanghai', region: '310115' },
  { province: '北京', city: '北京', cityEn: 'Beijing', region: '110108' },
  { province: '安徽', city: '合肥', cityEn: 'Hefei', region: '340100' },
  { province: '湖北', city: '武汉', cityEn: 'Wuhan', region: '420100' },
  { province: '陕西', city: '西安', cityEn: "Xi'an", region: '610100' },
  { province: '四川', city: '成都', cityEn: 'Chengdu', region: '510100' },
  { province: '重庆', city: '重庆', cityEn: 'Chongqing', region: '500112' },
  { province: '湖南', city: '长沙', cityEn: 'Changsha', region: '430100' },
  { province: '山东', city: '青岛', cityEn: 'Qingdao', region: '370200' },
];

/**
 * Brand stems (字号) of firms outside the city, with their pinyin: invented, deliberately unlike
 * the city's own firms' stems and any well-known company.
 */
export const OUTSIDE_STEMS: readonly Phrase[] = (
  '澜拓:Lantuo 曜晟:Yaosheng 岚芯:Lanxin 翊辰:Yichen 骁锐:Xiaorui 鹭瀚:Luhan 岱川:Daichuan ' +
  '沛霖:Peilin 珩宇:Hengyu 熠达:Yida 琛瑞:Chenrui 彧恒:Yuheng 璟川:Jingchuan 淞禾:Songhe ' +
  '屹峰:Yifeng 晞源:Xiyuan 砺岩:Liyan 昶达:Changda 琨祺:Kunqi 铂昇:Bosheng 珑驰:Longchi ' +
  '霁远:Jiyuan 崧岳:Songyue 溯光:Suguang 汐诺:Xinuo 钛垣:Taiyuan 栩麟:Xulin 旻科:Minke ' +
  '翎羽:Lingyu 璞钰:Puyu 泫泰:Xuantai 崇岚:Chonglan 瀚蔚:Hanwei 峤峰:Qiaofeng 湃锐:Pairui ' +
  '熙澈:Xiche 祁岭:Qiling 渟源:Tingyuan 珺泽:Junze 朔宁:Shuoning 骐骥:Qiji 煜晟:Yusheng ' +
  '焜耀:Kunyao 砚川:Yanchuan 翀霄:Chongxiao 芮泽:Ruize 昕澜:Xinlan 睿澔:Ruihao 沣禾:Fenghe ' +
  '衡岚:Henglan 玥辉:Yuehui 澈源:Cheyuan 峥岱:Zhengdai 岑曦:Cenxi 麓恒:Luheng 琰达:Yanda ' +
  '遥岑:Yaocen 溥川:Puchuan 蔚澜:Weilan 瑄驰:Xuanchi 彤辉:Tonghui 鋆泰:Juntai 峻熙:Junxi'
)
  .split(' ')
  .map((pair) => {
    const [zh = '', en = ''] = pair.split(':');
    return [zh, en] as const;
  });

/** Why a lead was given up (终止): the reasons a 招商 office records. */
export const DROP_REASONS: readonly string[] = [
  '选址落户他市，对方给出更优惠的土地和税收条件',
  '投资方战略调整，暂缓新增产能',
  '用地指标不足，无法满足企业一次性供地需求',
  '企业融资受阻，投资计划取消',
  '产品市场下行，企业收缩扩张计划',
  '企业要求的配套能耗指标无法落实',
  '双方在股权结构和政府基金出资比例上未达成一致',
  '企业被并购，新控股方另有布局',
  '核心团队变动，项目暂停推进',
  '环评条件不符合园区准入要求',
];

/** What comes next at each open stage, with the phrase a 招商 office writes. */
export const NEXT_STEPS: Readonly<
  Record<'identified' | 'contacted' | 'visited' | 'negotiating', readonly string[]>
> = {
  identified: [
    '通过链主企业引荐，约见企业投资负责人',
    '发函介绍园区条件及产业政策',
    '电话联系企业战略投资部，了解扩产计划',
  ],
  contacted: [
    '邀请企业高管来绵实地考察',
    '向企业提供园区载体和配套清单',
    '链长办牵头召开专题对接会',
  ],
  visited: ['企业提交投资意向书', '组织园区与企业进行选址踏勘', '测算项目用地、用能和人才需求'],
  negotiating: [
    '完成投资协议文本审查，提交市招商引资项目评审会',
    '落实供地方案和厂房代建条件',
    '商定产业基金出资方式，准备签约',
  ],
};

/** How the current supply of an item is described when most of it comes from outside. */
export const SUPPLY_NOTES: readonly string[] = [
  '主要从{cities}等地供应商采购',
  '由{cities}配套，物流周期长',
  '长期依赖{cities}的头部供应商',
  '{cities}供应商供货，本地尚无同类产能',
];
