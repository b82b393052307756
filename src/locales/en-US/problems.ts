import type { Translation } from '@/locales/zh-CN';

export const problems: Translation['problems'] = {};
