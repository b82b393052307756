import { z } from 'zod';
import { textSchema } from './common';

/**
 * A backup passphrase: long enough that guessing it offline (the file may travel anywhere) is
 * hopeless with the key stretching of docs/backup-format.md; a few words make a good one.
 */
export const backupPassphraseSchema = textSchema()
  .min(12, 'must be at least 12 characters')
  .max(1000, 'must be at most 1000 characters');

/** The system administrator's download: with a passphrase it is encrypted, without it not. */
export const backupRequestBodySchema = z
  .object({ passphrase: backupPassphraseSchema.optional() })
  .meta({ id: 'BackupRequestBody' });

export type BackupRequestBody = z.infer<typeof backupRequestBodySchema>;
