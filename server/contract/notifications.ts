import { z } from 'zod';
import { isoDateSchema, isoDateTimeSchema, namedRefSchema } from './common';
import { notificationKinds, notificationSubjects } from './notification-kinds';
import { booleanFilter, pageQuerySchema } from './query';

/*
 * 通知 (issue 16): each user's own notifications. The server stores the values a text is made of,
 * never a sentence, so the bell words each one in the reader's language.
 */

export const notificationKindSchema = z.enum(notificationKinds);

/** The values a notification's text is made of; which ones depends on its kind. */
export const notificationParamsSchema = z.object({
  /** The problem's title (problem kinds). */
  title: z.string().optional(),
  /** The problem's deadline (due soon, overdue). */
  deadline: isoDateSchema.optional(),
  /** Who wrote (chain_changed, problem_assigned): their display name. */
  actor: z.string().optional(),
  /** How many writes a chain_changed notification gathers. */
  count: z.number().int().optional(),
  /** The last day of the report period that is due or missing. */
  periodEndsOn: isoDateSchema.optional(),
});

export const notificationSchema = z
  .object({
    id: z.number().int(),
    kind: notificationKindSchema,
    /** The record it links to: a problem's page, a chain's page, or a task force's reports. */
    subject: z.object({ type: z.enum(notificationSubjects), id: z.number().int() }),
    chain: namedRefSchema.nullable(),
    params: notificationParamsSchema,
    createdAt: isoDateTimeSchema,
    /** The latest write a coalesced chain_changed gathered; `createdAt` for the others. */
    updatedAt: isoDateTimeSchema,
    readAt: isoDateTimeSchema.nullable(),
  })
  .meta({ id: 'Notification' });

export const notificationQuerySchema = pageQuerySchema.extend({
  /** `true`: only the unread ones. */
  unread: booleanFilter,
});

export const notificationPageSchema = z
  .object({
    items: z.array(notificationSchema),
    total: z.number().int(),
    page: z.number().int(),
    pageSize: z.number().int(),
    /** The user's unread notifications, whatever the filter: the bell's count. */
    unread: z.number().int(),
  })
  .meta({ id: 'NotificationPage' });

export const unreadCountSchema = z
  .object({ unread: z.number().int() })
  .meta({ id: 'NotificationUnreadCount' });

export const readAllSchema = z
  .object({
    /** How many were unread and are read now. */
    marked: z.number().int(),
  })
  .meta({ id: 'NotificationsReadAll' });

export type NotificationKind = z.infer<typeof notificationKindSchema>;
export type NotificationParams = z.infer<typeof notificationParamsSchema>;
export type Notification = z.infer<typeof notificationSchema>;
export type NotificationPage = z.infer<typeof notificationPageSchema>;
