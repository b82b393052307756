import type { Translation } from '@/locales/zh-CN';

export const firms: Translation['firms'] = {};
