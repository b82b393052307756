import type { ChainMapSeed } from './chain-map-types';

export const AI_MAP: ChainMapSeed = [
  {
    name: '上游：算力与数据',
    nameEn: 'Upstream: computing and data',
    links: [
      ['算力中心', 'Computing centres', 's'],
      ['智能芯片', 'AI chips', 'm'],
      ['数据资源与标注', 'Data resources and labelling', 'w'],
      ['传感器与智能硬件', 'Sensors and smart hardware', 's'],
      ['云平台', 'Cloud platforms', 'w'],
    ],
  },
  {
    name: '中游：模型与算法',
    nameEn: 'Midstream: models and algorithms',
    links: [
      ['行业大模型', 'Domain foundation models', 'w'],
      ['计算机视觉', 'Computer vision', 'w'],
      ['语音与自然语言处理', 'Speech and natural-language processing', 'w'],
      ['智能控制算法', 'Intelligent control', 's'],
      ['工业软件', 'Industrial software', 'm'],
    ],
  },
  {
    name: '下游：行业应用',
    nameEn: 'Downstream: applications',
    links: [
      ['智能家电', 'Smart home appliances', 's'],
      ['智能制造', 'Smart manufacturing', 's'],
      ['智慧城市', 'Smart city', 'w'],
      ['智能网联汽车', 'Connected vehicles', 'm'],
      ['智慧医疗', 'Smart healthcare', 'w'],
    ],
  },
];

export const COMMERCIAL_SPACE_MAP: ChainMapSeed = [
  {
    name: '上游：材料与元器件',
    nameEn: 'Upstream: materials and components',
    links: [
      ['宇航级元器件', 'Space-grade components', 'w'],
      ['特种材料', 'Specialty materials', 's'],
      ['发动机部件与推进剂', 'Engine parts and propellants', 'm'],
      ['星载天线', 'Spaceborne antennas', 'w'],
    ],
  },
  {
    name: '中游：卫星与火箭',
    nameEn: 'Midstream: satellites and launchers',
    links: [
      ['卫星平台与载荷', 'Satellite buses and payloads', 'w'],
      ['商业火箭', 'Commercial launchers', 'm'],
      ['地面站与测控', 'Ground stations and TT&C', 's'],
      ['卫星通信终端', 'Satellite communication terminals', 'w'],
    ],
  },
  {
    name: '下游：运营与应用',
    nameEn: 'Downstream: operations and applications',
    links: [
      ['卫星遥感应用', 'Remote-sensing applications', 'w'],
      ['卫星导航应用', 'Satellite navigation applications', 's'],
      ['卫星互联网服务', 'Satellite internet services', 'm'],
      ['航天育种与搭载试验', 'Space breeding and ride-share experiments', 'w'],
    ],
  },
];

export const TERAHERTZ_MAP: ChainMapSeed = [
  {
    name: '上游：器件与材料',
    nameEn: 'Upstream: devices and materials',
    links: [
      ['太赫兹源', 'Terahertz sources', 'w'],
      ['太赫兹探测器', 'Terahertz detectors', 'w'],
      ['化合物半导体', 'Compound semiconductors', 'm'],
      ['太赫兹功能材料', 'Terahertz functional materials', 'm'],
    ],
  },
  {
    name: '中游：系统与仪器',
    nameEn: 'Midstream: systems and instruments',
    links: [
      ['太赫兹成像系统', 'Terahertz imaging systems', 's'],
      ['太赫兹通信', 'Terahertz communications', 'w'],
      ['太赫兹光谱仪', 'Terahertz spectrometers', 'w'],
      ['测试测量仪器', 'Test and measurement instruments', 's'],
    ],
  },
  {
    name: '下游：应用',
    nameEn: 'Downstream: applications',
    links: [
      ['安检成像', 'Security imaging', 'w'],
      ['工业无损检测', 'Industrial non-destructive testing', 'w'],
      ['6G通信', '6G communications', 'm'],
      ['生物医学检测', 'Biomedical sensing', 'm'],
    ],
  },
];

export const LOW_ALTITUDE_MAP: ChainMapSeed = [
  {
    name: '上游：研发与核心部件',
    nameEn: 'Upstream: R&D and core parts',
    links: [
      ['航电系统', 'Avionics', 'w'],
      ['电池与电推进', 'Batteries and electric propulsion', 'w'],
      ['复合材料结构', 'Composite structures', 'w'],
      ['通信导航监视设备', 'Communication, navigation and surveillance equipment', 's'],
    ],
  },
  {
    name: '中游：航空器与基础设施',
    nameEn: 'Midstream: aircraft and infrastructure',
    links: [
      ['工业及物流无人机', 'Industrial and cargo drones', 's'],
      ['eVTOL整机', 'eVTOL aircraft', 'm'],
      ['通用航空器', 'General aviation aircraft', 'w'],
      ['起降场与飞行服务站', 'Vertiports and flight service stations', 'w'],
      ['低空智联网平台', 'Low-altitude network platform', 'm'],
    ],
  },
  {
    name: '下游：运营与服务',
    nameEn: 'Downstream: operations and services',
    links: [
      ['低空物流', 'Low-altitude logistics', 'w'],
      ['城市空中交通', 'Urban air mobility', 'm'],
      ['低空文旅', 'Low-altitude tourism', 'w'],
      ['应急与公共服务', 'Emergency and public services', 's'],
      ['飞行培训', 'Flight training', 'w'],
    ],
  },
];
