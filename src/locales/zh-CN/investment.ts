/*
 * 补链招商: the city page, leads, campaigns, target firms, the supply list and the chain's
 * investment map. One section per screen.
 */
export const investment = {
  title: '补链招商',

  // ---- the city page: funnel and campaigns
  funnel: {},

  campaigns: {},

  // ---- leads: list, page, dialog
  leads: {},

  // ---- the chain page's 招商图谱
  map: {},

  // ---- target firms
  targetFirms: {},

  // ---- the chain leader's supply list
  supplyList: {},
};
