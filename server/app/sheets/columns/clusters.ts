import type { ClusterListItem } from '../../../contract/clusters';
import { choiceLabel, joinNames, type Localized, type SheetColumn } from '../columns';
import { clusterLevelLabels, clusterStatusLabels } from './labels';

export const clustersSheetName: Localized = { 'zh-CN': '产业集群', 'en-US': 'Clusters' };

export const clusterColumns: SheetColumn<ClusterListItem>[] = [
  {
    key: 'name',
    header: { 'zh-CN': '集群名称', 'en-US': 'Name' },
    type: 'text',
    value: (cluster) => cluster.name,
  },
  {
    key: 'nameEn',
    header: { 'zh-CN': '英文名称', 'en-US': 'English name' },
    type: 'text',
    value: (cluster) => cluster.nameEn,
  },
  {
    key: 'level',
    header: { 'zh-CN': '级别', 'en-US': 'Level' },
    type: 'text',
    choices: clusterLevelLabels,
    value: (cluster, language) => choiceLabel(clusterLevelLabels, cluster.level, language),
  },
  {
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    type: 'text',
    choices: clusterStatusLabels,
    value: (cluster, language) => choiceLabel(clusterStatusLabels, cluster.status, language),
  },
  {
    key: 'chains',
    header: { 'zh-CN': '所属产业链', 'en-US': 'Chains' },
    type: 'text',
    value: (cluster) => joinNames(cluster.chains),
  },
  {
    key: 'recognisedOn',
    header: { 'zh-CN': '认定日期', 'en-US': 'Recognised on' },
    type: 'date',
    value: (cluster) => cluster.recognisedOn,
  },
  {
    key: 'recognisedBy',
    header: { 'zh-CN': '认定部门', 'en-US': 'Recognised by' },
    type: 'text',
    value: (cluster) => cluster.recognisedBy,
  },
  {
    key: 'description',
    header: { 'zh-CN': '简介', 'en-US': 'Description' },
    type: 'text',
    value: (cluster) => cluster.description,
  },
];
