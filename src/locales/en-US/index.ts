import { chains } from '@/locales/en-US/chains';
import { clusters } from '@/locales/en-US/clusters';
import { common } from '@/locales/en-US/common';
import { domain } from '@/locales/en-US/domain';
import { firms } from '@/locales/en-US/firms';
import { overview } from '@/locales/en-US/overview';
import { parks } from '@/locales/en-US/parks';
import { problems } from '@/locales/en-US/problems';
import { projects } from '@/locales/en-US/projects';
import type { Translation } from '@/locales/zh-CN';

export const enUS: Translation = {
  ...common,
  ...domain,
  ...overview,
  chains,
  parks,
  firms,
  clusters,
  projects,
  problems,
};
