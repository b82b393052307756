import { createRoute, z } from '@hono/zod-openapi';
import { apiErrorSchema } from '../../../contract/errors';
import { cityDay } from '../../../contract/city-time';
import { createBackup } from '../../../db/backup/write';
import { createRouter } from '../../context';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { appendAudit } from '../../writes/audit';
import { authorise } from '../../auth/permissions';
import { jsonResponse } from '../responses';

const download = createRoute({
  method: 'get',
  path: '/admin/backup',
  tags: ['admin'],
  summary: 'A full backup of the database, as docs/backup-format.md describes (administrators)',
  responses: {
    200: {
      description: 'The backup file: gzip-compressed JSON lines',
      content: { 'application/gzip': { schema: z.string().meta({ format: 'binary' }) } },
    },
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not an administrator'),
  },
});

export const backupRouter = createRouter();

backupRouter.openapi(download, async (c) => {
  authorise(c.var.user, 'download_backup');
  const now = c.var.now();
  const { bytes } = await createBackup(c.var.db, now);
  const fileName = `chainboard-${cityDay(now)}.backup`;
  // Recorded after the backup, so the trail says who took a copy of everything, and when.
  await c.var.db.transaction(async (tx) => {
    await appendAudit(tx, c.var.user, now, {
      action: 'create',
      entityType: 'backup',
      entityId: fileName,
      chainId: null,
      before: null,
      after: { name: fileName },
    });
    await recordSecurityEvent(
      tx,
      eventOfRequest(c, {
        type: 'backup_download',
        result: 'success',
        object: fileName,
        detail: { bytes: bytes.byteLength },
      }),
    );
  });
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': 'application/gzip',
    'content-disposition': `attachment; filename="${fileName}"`,
  });
});
