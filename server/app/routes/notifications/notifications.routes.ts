import { createRoute } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../contract/errors';
import { idParamSchema } from '../../../contract/common';
import {
  notificationPageSchema,
  notificationQuerySchema,
  notificationSchema,
  readAllSchema,
  unreadCountSchema,
} from '../../../contract/notifications';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

const tags = ['notifications'];
const signedOut = jsonResponse(apiErrorSchema, 'Not signed in');
const notForRole = jsonResponse(apiErrorSchema, 'This role does not read the chains’ data');

export const list = createRoute({
  method: 'get',
  path: '/notifications',
  tags,
  summary: 'The signed-in user’s notifications, the latest first, with the unread count',
  request: { query: notificationQuerySchema },
  responses: {
    200: jsonResponse(notificationPageSchema, 'One page of the user’s own notifications'),
    400: invalidRequestResponse,
    401: signedOut,
    403: notForRole,
  },
});

export const unreadCount = createRoute({
  method: 'get',
  path: '/notifications/unread-count',
  tags,
  summary: 'How many of the signed-in user’s notifications are unread (the bell polls it)',
  responses: {
    200: jsonResponse(unreadCountSchema, 'The unread count'),
    401: signedOut,
    403: notForRole,
  },
});

export const read = createRoute({
  method: 'post',
  path: '/notifications/{id}/read',
  tags,
  summary: 'Marks one of the signed-in user’s notifications read',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(notificationSchema, 'The notification, read'),
    400: invalidRequestResponse,
    401: signedOut,
    403: notForRole,
    404: notFoundResponse,
  },
});

export const readAll = createRoute({
  method: 'post',
  path: '/notifications/read-all',
  tags,
  summary: 'Marks all the signed-in user’s notifications read',
  responses: {
    200: jsonResponse(readAllSchema, 'How many were marked'),
    401: signedOut,
    403: notForRole,
  },
});
