/** The city's departments (部门) that lead chains, own indicators and handle firms' problems. */
export const DEPARTMENTS = [
  {
    key: 'econ',
    name: '市经济和信息化局',
    nameEn: 'Municipal Bureau of Economy and Information Technology',
  },
  { key: 'science', name: '市科技局', nameEn: 'Municipal Science and Technology Bureau' },
  {
    key: 'development',
    name: '市发展和改革委员会',
    nameEn: 'Municipal Development and Reform Commission',
  },
  { key: 'investment', name: '市投资促进局', nameEn: 'Municipal Investment Promotion Bureau' },
  { key: 'commerce', name: '市商务局', nameEn: 'Municipal Bureau of Commerce' },
  { key: 'finance', name: '市财政局', nameEn: 'Municipal Finance Bureau' },
  {
    key: 'labour',
    name: '市人力资源和社会保障局',
    nameEn: 'Municipal Human Resources and Social Security Bureau',
  },
  {
    key: 'land',
    name: '市自然资源和规划局',
    nameEn: 'Municipal Natural Resources and Planning Bureau',
  },
  { key: 'environment', name: '市生态环境局', nameEn: 'Municipal Ecology and Environment Bureau' },
  {
    key: 'market',
    name: '市市场监督管理局',
    nameEn: 'Municipal Administration for Market Regulation',
  },
  {
    key: 'center',
    name: '市现代产业发展促进中心',
    nameEn: 'Municipal Modern Industry Development Promotion Centre',
  },
  { key: 'health', name: '市卫生健康委员会', nameEn: 'Municipal Health Commission' },
  {
    key: 'services',
    name: '市政务服务和大数据管理局',
    nameEn: 'Municipal Government Services and Big Data Administration',
  },
  { key: 'transport', name: '市交通运输局', nameEn: 'Municipal Transport Bureau' },
  {
    key: 'financeOffice',
    name: '市委金融办',
    nameEn: 'Financial Affairs Office of the CPC Municipal Committee',
  },
  {
    key: 'defence',
    name: '市国防科技工业办公室',
    nameEn: 'Municipal Office of Defence Science and Technology Industry',
  },
  {
    key: 'scienceCity',
    name: '科技城新区管委会',
    nameEn: 'Science City New Area Administrative Committee',
  },
  { key: 'hiTech', name: '高新区管委会', nameEn: 'Hi-tech Zone Administrative Committee' },
  {
    key: 'devZone',
    name: '经开区管委会',
    nameEn: 'Economic and Technological Development Zone Administrative Committee',
  },
] as const;

export type DepartmentKey = (typeof DEPARTMENTS)[number]['key'];

/** Ids follow the catalogue order, starting at 1. */
export function departmentId(key: DepartmentKey): number {
  return DEPARTMENTS.findIndex((department) => department.key === key) + 1;
}
