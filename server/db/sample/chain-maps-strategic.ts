import type { ChainMapSeed } from './chain-map-types';

export const NEW_DISPLAY_MAP: ChainMapSeed = [
  {
    name: '上游：材料与器件',
    nameEn: 'Upstream: materials and components',
    links: [
      ['玻璃基板', 'Glass substrates', 'w'],
      ['偏光片', 'Polarisers', 'w'],
      ['驱动IC', 'Driver ICs', 'm'],
      ['靶材', 'Sputtering targets', 'w'],
      ['液晶及OLED发光材料', 'Liquid-crystal and OLED emissive materials', 'm'],
      ['光学膜', 'Optical films', 's'],
      ['湿电子化学品', 'Wet electronic chemicals', 'w'],
    ],
  },
  {
    name: '中游：面板与模组',
    nameEn: 'Midstream: panels and modules',
    links: [
      ['TFT-LCD面板', 'TFT-LCD panels', 's'],
      ['AMOLED面板', 'AMOLED panels', 's'],
      ['显示模组', 'Display modules', 's'],
      ['背光模组', 'Backlight units', 's'],
      ['Mini/Micro LED', 'Mini/Micro LED', 'w'],
      ['触控模组', 'Touch modules', 'w'],
    ],
  },
  {
    name: '下游：终端应用',
    nameEn: 'Downstream: end products',
    links: [
      ['电视', 'Televisions', 's'],
      ['车载显示', 'Automotive displays', 'w'],
      ['笔记本及平板', 'Notebooks and tablets', 'w'],
      ['商用显示', 'Commercial displays', 's'],
      ['智能穿戴', 'Wearables', 'm'],
      ['VR/AR近眼显示', 'VR/AR near-eye displays', 'm'],
    ],
  },
];

export const NUCLEAR_TECH_MAP: ChainMapSeed = [
  {
    name: '上游：核素与核心部件',
    nameEn: 'Upstream: isotopes and core parts',
    links: [
      ['医用同位素', 'Medical isotopes', 'w'],
      ['放射源', 'Radioactive sources', 'w'],
      ['加速器核心部件', 'Accelerator core parts', 's'],
      ['辐射探测器', 'Radiation detectors', 's'],
      ['屏蔽与防护材料', 'Shielding and protective materials', 'w'],
    ],
  },
  {
    name: '中游：装备与药物',
    nameEn: 'Midstream: equipment and radiopharmaceuticals',
    links: [
      ['医用回旋加速器', 'Medical cyclotrons', 's'],
      ['放射性药物', 'Radiopharmaceuticals', 'w'],
      ['放疗设备', 'Radiotherapy equipment', 's'],
      ['工业辐照装置', 'Industrial irradiators', 'w'],
      ['核仪器仪表', 'Nuclear instruments', 's'],
      ['无损检测设备', 'Non-destructive testing equipment', 'm'],
    ],
  },
  {
    name: '下游：应用与服务',
    nameEn: 'Downstream: applications and services',
    links: [
      ['核医学诊疗', 'Nuclear medicine', 'w'],
      ['辐照加工服务', 'Irradiation processing', 's'],
      ['安检与海关查验', 'Security and customs inspection', 'm'],
      ['环境辐射监测', 'Environmental radiation monitoring', 'w'],
      ['核技术农业育种', 'Radiation breeding', 'm'],
    ],
  },
];

export const LASER_TECH_MAP: ChainMapSeed = [
  {
    name: '上游：材料与元器件',
    nameEn: 'Upstream: materials and components',
    links: [
      ['激光晶体与光纤', 'Laser crystals and fibres', 's'],
      ['泵浦源', 'Pump sources', 'w'],
      ['光学元件', 'Optical components', 's'],
      ['激光芯片', 'Laser chips', 'm'],
      ['特种光学材料', 'Specialty optical materials', 'w'],
    ],
  },
  {
    name: '中游：激光器',
    nameEn: 'Midstream: lasers',
    links: [
      ['光纤激光器', 'Fibre lasers', 'w'],
      ['固体激光器', 'Solid-state lasers', 's'],
      ['超快激光器', 'Ultrafast lasers', 'w'],
      ['半导体激光器', 'Diode lasers', 'm'],
      ['激光控制系统', 'Laser control systems', 'w'],
    ],
  },
  {
    name: '下游：装备与应用',
    nameEn: 'Downstream: equipment and applications',
    links: [
      ['激光加工装备', 'Laser processing equipment', 's'],
      ['激光医疗美容', 'Laser medicine and aesthetics', 'w'],
      ['激光雷达', 'Lidar', 'm'],
      ['激光检测与测量', 'Laser inspection and measurement', 's'],
      ['激光显示', 'Laser display', 'w'],
    ],
  },
];

export const DRONES_MAP: ChainMapSeed = [
  {
    name: '上游：核心系统与部件',
    nameEn: 'Upstream: core systems and parts',
    links: [
      ['飞控系统', 'Flight control systems', 's'],
      ['动力电池与电机', 'Batteries and motors', 'w'],
      ['复合材料机体', 'Composite airframes', 'w'],
      ['导航与数据链', 'Navigation and datalinks', 's'],
      ['任务载荷', 'Mission payloads', 'w'],
      ['小型航空发动机', 'Small aero-engines', 'm'],
    ],
  },
  {
    name: '中游：整机与系统',
    nameEn: 'Midstream: aircraft and systems',
    links: [
      ['工业级无人机整机', 'Industrial drones', 's'],
      ['大中型固定翼无人机', 'Large fixed-wing UAVs', 's'],
      ['无人直升机', 'Unmanned helicopters', 'w'],
      ['反无人机系统', 'Counter-drone systems', 's'],
      ['地面控制站', 'Ground control stations', 'w'],
    ],
  },
  {
    name: '下游：行业应用',
    nameEn: 'Downstream: applications',
    links: [
      ['应急救援', 'Emergency response', 'w'],
      ['电力巡检', 'Power-line inspection', 's'],
      ['农林植保', 'Crop protection', 'w'],
      ['测绘遥感', 'Mapping and remote sensing', 'w'],
      ['培训与运营服务', 'Training and operations', 'm'],
    ],
  },
];

export const ROBOTICS_MAP: ChainMapSeed = [
  {
    name: '上游：核心零部件',
    nameEn: 'Upstream: core parts',
    links: [
      ['精密减速器', 'Precision reducers', 'm'],
      ['伺服电机', 'Servo motors', 'w'],
      ['控制器', 'Controllers', 'w'],
      ['传感器', 'Sensors', 'w'],
      ['精密零部件', 'Precision parts', 's'],
      ['机器视觉', 'Machine vision', 'w'],
    ],
  },
  {
    name: '中游：机器人本体',
    nameEn: 'Midstream: robots',
    links: [
      ['工业机器人本体', 'Industrial robot arms', 'w'],
      ['特种机器人', 'Special-purpose robots', 's'],
      ['服务机器人', 'Service robots', 'w'],
      ['协作机器人', 'Collaborative robots', 'm'],
      ['人形机器人', 'Humanoid robots', 'm'],
    ],
  },
  {
    name: '下游：集成与应用',
    nameEn: 'Downstream: integration and applications',
    links: [
      ['系统集成', 'System integration', 's'],
      ['智能产线', 'Smart production lines', 's'],
      ['核电及应急场景', 'Nuclear and emergency scenarios', 's'],
      ['医疗康复', 'Medical rehabilitation', 'w'],
    ],
  },
];

export const AEROSPACE_MAP: ChainMapSeed = [
  {
    name: '上游：材料与元器件',
    nameEn: 'Upstream: materials and components',
    links: [
      ['高温合金', 'Superalloys', 's'],
      ['钛合金及特种材料', 'Titanium and specialty alloys', 's'],
      ['复合材料', 'Composites', 'w'],
      ['航空电子元器件', 'Avionic components', 'w'],
      ['航空标准件', 'Aerospace fasteners', 'w'],
    ],
  },
  {
    name: '中游：部件与系统',
    nameEn: 'Midstream: parts and systems',
    links: [
      ['航空发动机零部件', 'Aero-engine parts', 's'],
      ['机载电子系统', 'Airborne electronics', 's'],
      ['空管与导航设备', 'Air-traffic and navigation equipment', 's'],
      ['燃气轮机', 'Gas turbines', 'w'],
      ['风洞与试验装备', 'Wind tunnels and test equipment', 's'],
      ['机体结构件', 'Airframe structures', 'm'],
    ],
  },
  {
    name: '下游：服务与运营',
    nameEn: 'Downstream: services and operations',
    links: [
      ['维修与保障', 'Maintenance, repair and overhaul', 'w'],
      ['航空测试服务', 'Flight and ground test services', 's'],
      ['通用航空运营', 'General aviation operations', 'm'],
      ['航空培训', 'Aviation training', 'w'],
    ],
  },
];

export const BIOMED_MAP: ChainMapSeed = [
  {
    name: '上游：原料与材料',
    nameEn: 'Upstream: raw materials',
    links: [
      ['中药材种植', 'Medicinal herb cultivation', 's'],
      ['原料药及中间体', 'APIs and intermediates', 'w'],
      ['药用辅料与包材', 'Excipients and packaging', 'w'],
      ['生物试剂', 'Bio-reagents', 'm'],
      ['医用材料', 'Medical materials', 'w'],
    ],
  },
  {
    name: '中游：药品与器械',
    nameEn: 'Midstream: medicines and devices',
    links: [
      ['中药饮片及中成药', 'Herbal pieces and proprietary Chinese medicines', 's'],
      ['化学制剂', 'Chemical formulations', 'w'],
      ['生物制品', 'Biologics', 'm'],
      ['医疗器械', 'Medical devices', 'w'],
      ['医学影像设备', 'Medical imaging equipment', 'w'],
      ['体外诊断', 'In-vitro diagnostics', 'w'],
    ],
  },
  {
    name: '下游：流通与服务',
    nameEn: 'Downstream: distribution and services',
    links: [
      ['医药流通', 'Pharmaceutical distribution', 's'],
      ['医疗服务', 'Healthcare services', 's'],
      ['康养与健康管理', 'Elderly care and health management', 'w'],
      ['CRO/CDMO', 'CRO/CDMO', 'm'],
    ],
  },
];

export const PV_STORAGE_MAP: ChainMapSeed = [
  {
    name: '上游：材料',
    nameEn: 'Upstream: materials',
    links: [
      ['磷酸铁锂正极材料', 'LFP cathode materials', 's'],
      ['负极材料', 'Anode materials', 'w'],
      ['电解液与隔膜', 'Electrolyte and separators', 'w'],
      ['多晶硅与硅片', 'Polysilicon and wafers', 'm'],
      ['锂盐及前驱体', 'Lithium salts and precursors', 'w'],
    ],
  },
  {
    name: '中游：电池与设备',
    nameEn: 'Midstream: cells and equipment',
    links: [
      ['动力及储能电芯', 'Power and storage cells', 's'],
      ['电池管理系统', 'Battery management systems', 'w'],
      ['储能变流器', 'Power conversion systems', 'w'],
      ['光伏组件', 'PV modules', 'w'],
      ['逆变器', 'Inverters', 'm'],
    ],
  },
  {
    name: '下游：应用与回收',
    nameEn: 'Downstream: applications and recycling',
    links: [
      ['储能电站', 'Storage plants', 'w'],
      ['分布式光伏', 'Distributed PV', 's'],
      ['新能源汽车配套', 'EV supply', 's'],
      ['电池回收利用', 'Battery recycling', 'm'],
    ],
  },
];
