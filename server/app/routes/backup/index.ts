import { createRoute, z } from '@hono/zod-openapi';
import { backupRequestBodySchema } from '../../../contract/backup';
import { apiErrorSchema } from '../../../contract/errors';
import { cityDay } from '../../../contract/city-time';
import { encryptBackup } from '../../../db/backup/encryption';
import { createBackup } from '../../../db/backup/write';
import { createRouter } from '../../context';
import { eventOfRequest, recordSecurityEvent } from '../../security/events';
import { appendAudit } from '../../writes/audit';
import { authorise } from '../../auth/permissions';
import { jsonResponse } from '../responses';

const download = createRoute({
  // A POST, so the passphrase travels in the body, never in an address that logs keep.
  method: 'post',
  path: '/admin/backup',
  tags: ['admin'],
  summary:
    'A full backup of the database, as docs/backup-format.md describes, encrypted when a passphrase is given (system administrator)',
  request: {
    body: {
      required: true,
      content: { 'application/json': { schema: backupRequestBodySchema } },
    },
  },
  responses: {
    200: {
      description:
        'The backup file: gzip-compressed JSON lines, or with a passphrase, those encrypted',
      content: {
        'application/gzip': { schema: z.string().meta({ format: 'binary' }) },
        'application/octet-stream': { schema: z.string().meta({ format: 'binary' }) },
      },
    },
    400: jsonResponse(apiErrorSchema, 'The passphrase is too short or too long'),
    401: jsonResponse(apiErrorSchema, 'Not signed in'),
    403: jsonResponse(apiErrorSchema, 'Not the system administrator'),
  },
});

export const backupRouter = createRouter();

backupRouter.openapi(download, async (c) => {
  authorise(c.var.user, 'download_backup');
  const { passphrase } = c.req.valid('json');
  const now = c.var.now();
  const { bytes: plain } = await createBackup(c.var.db, now);
  const encrypted = passphrase !== undefined;
  const bytes = encrypted ? await encryptBackup(plain, passphrase) : plain;
  const fileName = `chainboard-${cityDay(now)}${encrypted ? '.encrypted' : ''}.backup`;
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
        detail: { bytes: bytes.byteLength, encrypted },
      }),
    );
  });
  return c.body(new Uint8Array(bytes), 200, {
    'content-type': encrypted ? 'application/octet-stream' : 'application/gzip',
    'content-disposition': `attachment; filename="${fileName}"`,
  });
});
