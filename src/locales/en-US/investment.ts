import type { ScreenTranslations } from '@/locales/zh-CN';

export const investment: ScreenTranslations['investment']['investment'] = {
  title: 'Investment promotion',

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
