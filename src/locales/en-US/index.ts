import { common } from '@/locales/en-US/common';
import { domain } from '@/locales/en-US/domain';
import { overview } from '@/locales/en-US/overview';
import { session } from '@/locales/en-US/session';
import type { Translation } from '@/locales/zh-CN';

export const enUS: Translation = {
  ...common,
  ...domain,
  ...overview,
  ...session,
};
