import type { Translation } from '@/locales/zh-CN';

export const clusters: Translation['clusters'] = {};
