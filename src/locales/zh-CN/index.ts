import { chains } from '@/locales/zh-CN/chains';
import { clusters } from '@/locales/zh-CN/clusters';
import { common } from '@/locales/zh-CN/common';
import { domain } from '@/locales/zh-CN/domain';
import { firms } from '@/locales/zh-CN/firms';
import { overview } from '@/locales/zh-CN/overview';
import { parks } from '@/locales/zh-CN/parks';
import { problems } from '@/locales/zh-CN/problems';
import { projects } from '@/locales/zh-CN/projects';

/** The reference language: every other locale must have exactly these keys. */
export const zhCN = {
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

export type Translation = typeof zhCN;
