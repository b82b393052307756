export const clusters = {
  title: '产业集群',
  tableCaption: '产业集群列表',
  searchLabel: '搜索集群名称',
  filters: {
    level: '级别',
    status: '状态',
    chain: '产业链',
  },
  columns: {
    name: '集群名称',
    level: '级别',
    status: '状态',
    chains: '所属产业链',
    recognisedOn: '认定日期',
  },
  noChain: '未关联产业链',
  notRecognised: '尚未认定',
  facts: {
    title: '基本信息',
    level: '级别',
    status: '状态',
    recognisedOn: '认定日期',
    recognisedBy: '认定部门',
    description: '简介',
    updated: '最后修改',
    updatedBy: '{{date}}（{{name}}）',
  },
  chains: {
    title: '所属产业链',
    none: '该集群不属于全市 12 条重点产业链中的任何一条。',
  },
  backToList: '返回产业集群列表',
};
