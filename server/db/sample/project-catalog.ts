import type { ChainCode } from './chains';

type Phrase = readonly [zh: string, en: string];

/** What projects of each chain make: the middle of a project name. */
export const PROJECT_PRODUCTS: Readonly<Record<ChainCode, readonly Phrase[]>> = {
  'new-display': [
    ['Mini LED背光模组', 'Mini LED backlight module'],
    ['车载显示模组', 'automotive display module'],
    ['高端偏光片', 'high-end polariser'],
    ['驱动IC封装测试', 'driver IC packaging and testing'],
    ['OLED发光材料', 'OLED emissive materials'],
    ['超高清显示终端', 'ultra-HD display terminal'],
    ['光学膜', 'optical film'],
  ],
  'nuclear-tech': [
    ['放射性药物', 'radiopharmaceutical'],
    ['医用同位素制备', 'medical isotope production'],
    ['电子束辐照加工中心', 'electron-beam irradiation centre'],
    ['核医学影像设备', 'nuclear imaging equipment'],
    ['辐射探测仪器', 'radiation detection instrument'],
    ['质子治疗装备', 'proton therapy equipment'],
  ],
  'laser-tech': [
    ['超快激光器', 'ultrafast laser'],
    ['高功率光纤激光器', 'high-power fibre laser'],
    ['激光智能装备', 'laser intelligent equipment'],
    ['精密光学元件', 'precision optical component'],
    ['激光雷达', 'lidar'],
    ['激光医疗设备', 'laser medical equipment'],
  ],
  drones: [
    ['工业级无人机整机', 'industrial drone'],
    ['大型固定翼无人机总装', 'large fixed-wing UAV assembly'],
    ['无人机动力系统', 'drone propulsion system'],
    ['反无人机装备', 'counter-drone equipment'],
    ['无人机复合材料结构件', 'drone composite structure'],
    ['无人机飞控与数据链', 'drone flight control and datalink'],
  ],
  robotics: [
    ['特种机器人', 'special-purpose robot'],
    ['工业机器人本体', 'industrial robot'],
    ['精密减速器', 'precision reducer'],
    ['伺服电机及驱动器', 'servo motor and drive'],
    ['智能产线集成', 'smart production line integration'],
    ['服务机器人', 'service robot'],
  ],
  aerospace: [
    ['航空发动机零部件', 'aero-engine parts'],
    ['机载电子设备', 'airborne electronics'],
    ['高温合金精密铸件', 'superalloy precision casting'],
    ['航空复合材料构件', 'aerospace composite part'],
    ['燃气轮机部件', 'gas-turbine parts'],
    ['航空维修基地', 'aircraft maintenance base'],
  ],
  biomed: [
    ['中药配方颗粒', 'TCM formula granule'],
    ['化学原料药', 'active pharmaceutical ingredient'],
    ['高端医疗器械', 'high-end medical device'],
    ['体外诊断试剂', 'in-vitro diagnostic reagent'],
    ['生物制剂', 'biologics'],
    ['医用耗材', 'medical consumables'],
  ],
  'pv-storage': [
    ['储能电芯', 'energy storage cell'],
    ['磷酸铁锂正极材料', 'LFP cathode material'],
    ['负极材料', 'anode material'],
    ['储能系统集成', 'storage system integration'],
    ['光伏组件', 'PV module'],
    ['电池回收利用', 'battery recycling'],
  ],
  ai: [
    ['智算中心', 'intelligent computing centre'],
    ['行业大模型应用', 'domain model application'],
    ['工业互联网平台', 'industrial internet platform'],
    ['智能网联汽车电子', 'connected-vehicle electronics'],
    ['机器视觉检测', 'machine vision inspection'],
    ['数据标注基地', 'data labelling base'],
  ],
  'commercial-space': [
    ['卫星总装测试', 'satellite assembly and test'],
    ['商业火箭发动机', 'commercial rocket engine'],
    ['卫星地面站', 'satellite ground station'],
    ['星载天线', 'spaceborne antenna'],
    ['卫星通信终端', 'satellite communication terminal'],
  ],
  terahertz: [
    ['太赫兹成像安检设备', 'terahertz security imager'],
    ['太赫兹芯片', 'terahertz chip'],
    ['太赫兹测试仪器', 'terahertz test instrument'],
    ['化合物半导体器件', 'compound semiconductor device'],
  ],
  'low-altitude': [
    ['eVTOL总装', 'eVTOL assembly'],
    ['低空飞行服务站', 'low-altitude flight service station'],
    ['通用机场', 'general aviation airport'],
    ['低空物流无人机', 'cargo drone'],
    ['飞行培训基地', 'flight training base'],
  ],
};

/** How a 招商 project is described, and how an expansion of a firm already here is. */
export const PROMOTION_KINDS: readonly Phrase[] = [
  ['生产基地项目', 'production base project'],
  ['产业化项目', 'industrialisation project'],
  ['研发及产业化项目', 'R&D and industrialisation project'],
  ['智能制造基地项目', 'smart manufacturing base project'],
  ['产业园项目', 'industrial park project'],
];
export const EXPANSION_KINDS: readonly Phrase[] = [
  ['扩产项目', 'expansion project'],
  ['技改项目', 'technical upgrade project'],
  ['二期项目', 'phase II project'],
];

export const DISTRICTS_EN: Readonly<Record<string, string>> = {
  涪城区: 'Fucheng',
  游仙区: 'Youxian',
  安州区: 'Anzhou',
  江油市: 'Jiangyou',
  三台县: 'Santai',
  盐亭县: 'Yanting',
  梓潼县: 'Zitong',
  高新区: 'the Hi-tech Zone',
  经开区: 'the ETDZ',
  科技城新区: 'the Science City New Area',
};

export interface NamedProjectSeed {
  name: string;
  nameEn: string;
  chain: ChainCode;
  firmKey: string;
  origin: 'investment_promotion' | 'expansion';
  stage: 'signed' | 'started' | 'in_production';
  investmentYi: number;
}

/** Projects of the firms the article names; 埃克森's went from ground-breaking to output in 10 months. */
export const NAMED_PROJECTS: readonly NamedProjectSeed[] = [
  {
    name: '埃克森新能源（绵阳）电池产业园一期项目',
    nameEn: 'Aikesen New Energy (Mianyang) battery industrial park, phase I',
    chain: 'pv-storage',
    firmKey: 'aikesen',
    origin: 'investment_promotion',
    stage: 'in_production',
    investmentYi: 120,
  },
  {
    name: '京东方第6代AMOLED模组扩产项目',
    nameEn: 'BOE Gen-6 AMOLED module expansion project',
    chain: 'new-display',
    firmKey: 'boe',
    origin: 'expansion',
    stage: 'started',
    investmentYi: 28.5,
  },
  {
    name: '惠科Mini LED背光显示模组项目',
    nameEn: 'HKC Mini LED backlight display module project',
    chain: 'new-display',
    firmKey: 'hkc',
    origin: 'expansion',
    stage: 'signed',
    investmentYi: 12,
  },
  {
    name: '长虹智能显示终端智能制造基地升级项目',
    nameEn: 'Changhong smart display terminal manufacturing base upgrade',
    chain: 'new-display',
    firmKey: 'changhong',
    origin: 'expansion',
    stage: 'in_production',
    investmentYi: 8.6,
  },
  {
    name: '富临精工年产15万吨磷酸铁锂正极材料项目',
    nameEn: 'Fulin Precision 150,000 t/yr LFP cathode material project',
    chain: 'pv-storage',
    firmKey: 'fulin',
    origin: 'expansion',
    stage: 'started',
    investmentYi: 26,
  },
  {
    name: '玖源源粒子医用回旋加速器产业化基地项目',
    nameEn: 'Jiuyuanyuan Particle medical cyclotron industrialisation base',
    chain: 'nuclear-tech',
    firmKey: 'jiuyuan',
    origin: 'expansion',
    stage: 'started',
    investmentYi: 3.8,
  },
  {
    name: '天雄药业毒性中药饮片智能化生产线技改项目',
    nameEn: 'Tianxiong Pharmaceutical smart line for toxic TCM decoction pieces',
    chain: 'biomed',
    firmKey: 'tianxiong',
    origin: 'expansion',
    stage: 'in_production',
    investmentYi: 1.2,
  },
  {
    name: '九洲低空智联网及无人机总装基地项目',
    nameEn: 'Jiuzhou low-altitude network and drone assembly base',
    chain: 'low-altitude',
    firmKey: 'jiuzhou',
    origin: 'expansion',
    stage: 'signed',
    investmentYi: 15,
  },
];
