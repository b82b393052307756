import type { Translation } from '@/locales/zh-CN';

export const parks: Translation['parks'] = {};
