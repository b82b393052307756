import type { Translation } from '@/locales/zh-CN';

export const projects: Translation['projects'] = {};
