import type { NamedRef } from '../../contract/common';
import type { notificationSubjects } from '../../contract/notification-kinds';
import type { NotificationKind, NotificationParams } from '../../contract/notifications';
import type { Mail } from './mailer';

/*
 * The daily digest's words. Users keep no language on the server (the web app remembers the
 * reader's choice in their browser), so the mail is in the interface's primary language, zh-CN,
 * worded as the bell words each notification (src/locales/zh-CN/notifications.ts).
 */

/** The most notifications one mail lists; the rest are counted, and the bell has them all. */
export const DIGEST_MAX_ITEMS = 50;

export interface DigestItem {
  kind: NotificationKind;
  subjectType: (typeof notificationSubjects)[number];
  subjectId: number;
  chain: NamedRef | null;
  params: NotificationParams;
}

const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'medium', timeZone: 'UTC' });

function day(isoDay: string | undefined): string {
  return isoDay ? dateFormat.format(new Date(`${isoDay}T00:00:00Z`)) : '';
}

/** One notification's sentence, as the bell says it in zh-CN. */
export function digestLine({ kind, chain, params }: DigestItem): string {
  const title = params.title ?? '';
  const chainName = chain?.name ?? '';
  switch (kind) {
    case 'chain_changed':
      return `${params.actor ?? ''}修改了${chainName}的数据（${params.count ?? 1} 处）`;
    case 'problem_assigned':
      return `${params.actor ?? ''}向您交办了问题“${title}”`;
    case 'problem_due_soon':
      return `问题“${title}”将于 ${day(params.deadline)} 到期`;
    case 'problem_overdue':
      return `问题“${title}”已超过办理时限（${day(params.deadline)}）`;
    case 'report_due':
      return `${chainName}本期工作报告应于 ${day(params.periodEndsOn)} 前报送`;
    case 'report_missing':
      return `${chainName}截至 ${day(params.periodEndsOn)} 的一期工作报告未报送`;
  }
}

/** Where the web app shows the record: the links the bell's entries follow. */
export function digestLink(publicUrl: string, { subjectType, subjectId }: DigestItem): string {
  if (subjectType === 'problem') return `${publicUrl}/problems/${subjectId}`;
  const chainPage = `${publicUrl}/chains/${subjectId}`;
  return subjectType === 'task_force' ? `${chainPage}#chain-reports-title` : chainPage;
}

/** The one mail of a user's day: each unread notification with its link, the newest first. */
export function digestMail(
  recipient: { email: string; displayName: string },
  items: readonly DigestItem[],
  { day: today, publicUrl }: { day: string; publicUrl: string },
): Mail {
  const listed = items
    .slice(0, DIGEST_MAX_ITEMS)
    .map((item, index) => `${index + 1}. ${digestLine(item)}\n   ${digestLink(publicUrl, item)}`);
  const more = items.length - listed.length;
  return {
    to: recipient.email,
    subject: `产业链链长制管理驾驶舱：${items.length} 条未读通知（${day(today)}）`,
    text: [
      `${recipient.displayName}，您好：`,
      '',
      `您有 ${items.length} 条新的未读通知：`,
      '',
      ...listed,
      ...(more > 0 ? ['', `另有 ${more} 条，请在驾驶舱的通知中查看。`] : []),
      '',
      `打开驾驶舱：${publicUrl}/`,
      '',
      '本邮件每天最多发送一次，仅在有新的未读通知时发送。如不再需要，请联系系统管理员删除您的邮箱地址。',
    ].join('\n'),
  };
}
