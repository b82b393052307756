import type { TechSupplyKind } from '../../contract/domain';

/*
 * 技术供给 of the sample: "云上两城"已入驻上海交大、中科大等26所知名高校和29个顶尖团队 (26
 * universities in 云上大学城, 29 teams in 云上科技城), and the city's own institutes, not members.
 */

export interface SupplySeed {
  name: string;
  nameEn: string;
  kind: TechSupplyKind;
  network: 'university_city' | 'science_city' | null;
  isLocal: boolean;
  field: string;
  offers: string;
}

const UNIVERSITIES: readonly [string, string, string][] = [
  ['上海交通大学', 'Shanghai Jiao Tong University', '先进制造'],
  ['中国科学技术大学', 'University of Science and Technology of China', '量子与光电'],
  ['清华大学', 'Tsinghua University', '人工智能'],
  ['北京航空航天大学', 'Beihang University', '航空航天'],
  ['北京理工大学', 'Beijing Institute of Technology', '无人系统'],
  ['哈尔滨工业大学', 'Harbin Institute of Technology', '机器人'],
  ['西北工业大学', 'Northwestern Polytechnical University', '航空航天'],
  ['电子科技大学', 'University of Electronic Science and Technology of China', '电子信息'],
  ['四川大学', 'Sichuan University', '生物医药'],
  ['西南交通大学', 'Southwest Jiaotong University', '先进制造'],
  ['重庆大学', 'Chongqing University', '新能源'],
  ['西安交通大学', 'Xi’an Jiaotong University', '新能源'],
  ['浙江大学', 'Zhejiang University', '人工智能'],
  ['华中科技大学', 'Huazhong University of Science and Technology', '激光技术'],
  ['东南大学', 'Southeast University', '电子信息'],
  ['天津大学', 'Tianjin University', '新材料'],
  ['同济大学', 'Tongji University', '先进制造'],
  ['南京航空航天大学', 'Nanjing University of Aeronautics and Astronautics', '航空航天'],
  ['大连理工大学', 'Dalian University of Technology', '新材料'],
  ['中南大学', 'Central South University', '新材料'],
  ['武汉大学', 'Wuhan University', '遥感与卫星'],
  ['厦门大学', 'Xiamen University', '新能源'],
  ['中山大学', 'Sun Yat-sen University', '生物医药'],
  ['四川农业大学', 'Sichuan Agricultural University', '生物医药'],
  ['成都理工大学', 'Chengdu University of Technology', '核技术'],
  ['西南科技大学', 'Southwest University of Science and Technology', '核技术'],
];

const TEAM_FIELDS: readonly [string, string][] = [
  ['激光技术', 'laser'],
  ['太赫兹', 'terahertz'],
  ['新型显示', 'display'],
  ['无人系统', 'unmanned systems'],
  ['机器人', 'robotics'],
  ['人工智能', 'AI'],
  ['新能源', 'energy storage'],
  ['生物医药', 'biomedicine'],
  ['核技术', 'nuclear technology'],
  ['遥感与卫星', 'satellites'],
];
const TEAM_LEADS = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡'];
const TEAM_LEADS_EN = [
  'Wang',
  'Li',
  'Zhang',
  'Liu',
  'Chen',
  'Yang',
  'Zhao',
  'Huang',
  'Zhou',
  'Wu',
  'Xu',
  'Sun',
  'Hu',
];

const INSTITUTES: readonly [string, string, string][] = [
  ['中国工程物理研究院', 'China Academy of Engineering Physics', '核技术'],
  ['中国空气动力研究与发展中心', 'China Aerodynamics Research and Development Center', '航空航天'],
  ['中国电子科技集团第九研究所', 'CETC 9th Research Institute', '电子信息'],
  ['四川九洲电器集团研究院', 'Jiuzhou Research Institute', '电子信息'],
  ['长虹中央研究院', 'Changhong Central Research Institute', '新型显示'],
  ['绵阳市农业科学研究院', 'Mianyang Academy of Agricultural Sciences', '生物医药'],
];

export const SUPPLY_SEEDS: readonly SupplySeed[] = [
  ...UNIVERSITIES.map(([name, nameEn, field]) => ({
    name,
    nameEn,
    kind: 'university' as const,
    network: 'university_city' as const,
    isLocal: name === '西南科技大学',
    field,
    offers: `${field}方向的联合研发、技术转让与人才培养`,
  })),
  ...Array.from({ length: 29 }, (_, index) => {
    const [field, fieldEn] = TEAM_FIELDS[index % TEAM_FIELDS.length] as [string, string];
    const lead = index % TEAM_LEADS.length;
    return {
      name: `${TEAM_LEADS[lead]}教授${field}团队${index >= TEAM_LEADS.length ? `（${Math.floor(index / TEAM_LEADS.length) + 1}）` : ''}`,
      nameEn: `Prof. ${TEAM_LEADS_EN[lead]}’s ${fieldEn} team${index >= TEAM_LEADS.length ? ` (${Math.floor(index / TEAM_LEADS.length) + 1})` : ''}`,
      kind: 'team' as const,
      network: 'science_city' as const,
      isLocal: false,
      field,
      offers: `${field}关键技术攻关与成果中试`,
    };
  }),
  ...INSTITUTES.map(([name, nameEn, field]) => ({
    name,
    nameEn,
    kind: 'institute' as const,
    network: null,
    isLocal: true,
    field,
    offers: `${field}测试平台开放与技术服务`,
  })),
];
