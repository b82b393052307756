import type { ChainCode } from './chains';

export interface ParkSeed {
  key: string;
  name: string;
  nameEn: string;
  district: string;
  /** 特色（专业）产业园: the article counts exactly ten. */
  isSpecialty: boolean;
  areaKm2: number;
  occupancyRate: number;
}

export const PARKS = [
  {
    key: 'robotics',
    name: '科技城新区机器人产业园',
    nameEn: 'Science City New Area Robotics Industrial Park',
    district: '科技城新区',
    isSpecialty: true,
    areaKm2: 6.8,
    occupancyRate: 0.82,
  },
  {
    key: 'anzhou',
    name: '安州工业园',
    nameEn: 'Anzhou Industrial Park',
    district: '安州区',
    isSpecialty: true,
    areaKm2: 18.5,
    occupancyRate: 0.91,
  },
  {
    key: 'nuclearHealth',
    name: '经开区核医疗健康产业园',
    nameEn: 'ETDZ Nuclear Medicine and Health Industrial Park',
    district: '经开区',
    isSpecialty: true,
    areaKm2: 4.2,
    occupancyRate: 0.74,
  },
  {
    key: 'display',
    name: '高新区新型显示产业园',
    nameEn: 'Hi-tech Zone New Display Industrial Park',
    district: '高新区',
    isSpecialty: true,
    areaKm2: 12.6,
    occupancyRate: 0.96,
  },
  {
    key: 'aerospace',
    name: '游仙区航空航天产业园',
    nameEn: 'Youxian Aerospace Industrial Park',
    district: '游仙区',
    isSpecialty: true,
    areaKm2: 9.3,
    occupancyRate: 0.78,
  },
  {
    key: 'laser',
    name: '涪城区激光产业园',
    nameEn: 'Fucheng Laser Industrial Park',
    district: '涪城区',
    isSpecialty: true,
    areaKm2: 3.6,
    occupancyRate: 0.69,
  },
  {
    key: 'drones',
    name: '绵阳无人机产业园',
    nameEn: 'Mianyang Drone Industrial Park',
    district: '科技城新区',
    isSpecialty: true,
    areaKm2: 5.1,
    occupancyRate: 0.71,
  },
  {
    key: 'specialMetallurgy',
    name: '江油特冶新材料产业园',
    nameEn: 'Jiangyou Special Metallurgy and New Materials Industrial Park',
    district: '江油市',
    isSpecialty: true,
    areaKm2: 15.4,
    occupancyRate: 0.88,
  },
  {
    key: 'battery',
    name: '高新区锂电新能源产业园',
    nameEn: 'Hi-tech Zone Lithium Battery and New Energy Industrial Park',
    district: '高新区',
    isSpecialty: true,
    areaKm2: 8.9,
    occupancyRate: 0.84,
  },
  {
    key: 'digital',
    name: '科技城新区数字经济产业园',
    nameEn: 'Science City New Area Digital Economy Industrial Park',
    district: '科技城新区',
    isSpecialty: true,
    areaKm2: 4.7,
    occupancyRate: 0.62,
  },
  {
    key: 'santai',
    name: '三台工业园区',
    nameEn: 'Santai Industrial Zone',
    district: '三台县',
    isSpecialty: false,
    areaKm2: 21.3,
    occupancyRate: 0.67,
  },
  {
    key: 'yanting',
    name: '盐亭经济开发区',
    nameEn: 'Yanting Economic Development Zone',
    district: '盐亭县',
    isSpecialty: false,
    areaKm2: 11.2,
    occupancyRate: 0.58,
  },
  {
    key: 'zitong',
    name: '梓潼工业园区',
    nameEn: 'Zitong Industrial Zone',
    district: '梓潼县',
    isSpecialty: false,
    areaKm2: 7.4,
    occupancyRate: 0.61,
  },
] as const satisfies readonly ParkSeed[];

export type ParkKey = (typeof PARKS)[number]['key'];

/** 承载地: each chain's host parks, its main park first. */
export const CHAIN_PARKS: Readonly<Record<ChainCode, readonly ParkKey[]>> = {
  'new-display': ['display', 'digital', 'santai'],
  'nuclear-tech': ['nuclearHealth', 'anzhou', 'zitong'],
  'laser-tech': ['laser', 'robotics'],
  drones: ['drones', 'aerospace', 'zitong'],
  robotics: ['robotics', 'laser', 'santai'],
  aerospace: ['aerospace', 'specialMetallurgy', 'drones'],
  biomed: ['anzhou', 'nuclearHealth', 'yanting'],
  'pv-storage': ['battery', 'anzhou', 'santai'],
  ai: ['digital', 'display', 'robotics'],
  'commercial-space': ['aerospace', 'specialMetallurgy'],
  terahertz: ['laser', 'digital'],
  'low-altitude': ['drones', 'zitong', 'aerospace', 'yanting'],
};

/** Ids follow the catalogue order, starting at 1. */
export function parkId(key: ParkKey): number {
  return PARKS.findIndex((park) => park.key === key) + 1;
}
