import type { Translation } from '@/locales/zh-CN';

export const chains: Translation['chains'] = {};
