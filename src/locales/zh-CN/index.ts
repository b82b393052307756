import type * as admin from '@/locales/zh-CN/admin';
import type * as auth from '@/locales/zh-CN/auth';
import type * as briefs from '@/locales/zh-CN/briefs';
import type * as chains from '@/locales/zh-CN/chains';
import type * as changes from '@/locales/zh-CN/changes';
import type * as clusters from '@/locales/zh-CN/clusters';
import type * as demo from '@/locales/zh-CN/demo';
import { common } from '@/locales/zh-CN/common';
import { domain } from '@/locales/zh-CN/domain';
import type * as editing from '@/locales/zh-CN/editing';
import type * as firms from '@/locales/zh-CN/firms';
import type * as investment from '@/locales/zh-CN/investment';
import type * as notifications from '@/locales/zh-CN/notifications';
import { overview } from '@/locales/zh-CN/overview';
import type * as parks from '@/locales/zh-CN/parks';
import type * as present from '@/locales/zh-CN/present';
import type * as screen from '@/locales/zh-CN/screen';
import type * as meetings from '@/locales/zh-CN/meetings';
import type * as problems from '@/locales/zh-CN/problems';
import type * as supervision from '@/locales/zh-CN/supervision';
import type * as projects from '@/locales/zh-CN/projects';
import type * as securityPolicy from '@/locales/zh-CN/security-policy';
import type * as securityAudit from '@/locales/zh-CN/security-audit';
import { session } from '@/locales/zh-CN/session';

/**
 * The reference language: every other locale must have exactly these keys. The default namespace
 * holds what the first screen needs; each other screen's strings are a namespace of their own,
 * loaded with the screen (see src/lib/i18n.ts), with the same `screen.key` paths.
 */
export const zhCN = {
  ...common,
  ...domain,
  ...overview,
  ...session,
};

export type Translation = typeof zhCN;

export interface ScreenTranslations {
  chains: typeof chains;
  changes: typeof changes;
  parks: typeof parks;
  firms: typeof firms;
  clusters: typeof clusters;
  projects: typeof projects;
  investment: typeof investment;
  problems: typeof problems;
  meetings: typeof meetings;
  supervision: typeof supervision;
  notifications: typeof notifications;
  auth: typeof auth;
  admin: typeof admin;
  editing: typeof editing;
  briefs: typeof briefs;
  present: typeof present;
  screen: typeof screen;
  demo: typeof demo;
  'security-policy': typeof securityPolicy;
  'security-audit': typeof securityAudit;
}
