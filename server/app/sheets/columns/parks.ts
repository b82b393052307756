import type { ParkListItem } from '../../../contract/parks';
import { joinNames, type Localized, type SheetColumn } from '../columns';

export const parksSheetName: Localized = { 'zh-CN': '园区', 'en-US': 'Parks' };

export const parkColumns: SheetColumn<ParkListItem>[] = [
  {
    key: 'name',
    header: { 'zh-CN': '园区名称', 'en-US': 'Name' },
    type: 'text',
    value: (park) => park.name,
  },
  {
    key: 'nameEn',
    header: { 'zh-CN': '英文名称', 'en-US': 'English name' },
    type: 'text',
    value: (park) => park.nameEn,
  },
  {
    key: 'district',
    header: { 'zh-CN': '所在区县', 'en-US': 'District' },
    type: 'text',
    value: (park) => park.district,
  },
  {
    key: 'isSpecialty',
    header: { 'zh-CN': '特色园区', 'en-US': 'Specialty park' },
    type: 'text',
    value: (park, language) =>
      park.isSpecialty ? { 'zh-CN': '是', 'en-US': 'Yes' }[language] : null,
  },
  {
    key: 'chains',
    header: { 'zh-CN': '承载产业链', 'en-US': 'Chains' },
    type: 'text',
    value: (park) => joinNames(park.chains),
  },
  {
    key: 'areaKm2',
    header: { 'zh-CN': '面积（平方千米）', 'en-US': 'Area (km²)' },
    type: 'number',
    numberFormat: '#,##0.00',
    value: (park) => park.areaKm2,
  },
  {
    key: 'occupancyRate',
    header: { 'zh-CN': '满园率', 'en-US': 'Occupancy' },
    type: 'number',
    numberFormat: '0.0%',
    value: (park) => park.occupancyRate,
  },
  {
    key: 'outputYi',
    header: { 'zh-CN': '产值（亿元）', 'en-US': 'Output (100M CNY)' },
    type: 'number',
    numberFormat: '#,##0.00',
    value: (park) => park.outputYi,
  },
  {
    key: 'firmCount',
    header: { 'zh-CN': '企业数', 'en-US': 'Firms' },
    type: 'integer',
    value: (park) => park.firmCount,
  },
  {
    key: 'projectCount',
    header: { 'zh-CN': '项目数', 'en-US': 'Projects' },
    type: 'integer',
    value: (park) => park.projectCount,
  },
];
