import type { Database } from '../database';
import { datasetInfo } from '../schema';
import { buildSampleCity } from './build';
import { insertAuditHistory, insertSampleCity } from './insert';
import { buildAuditHistory, scaleSampleCity } from './scale';
import { insertSampleUsers } from './users';

/** Bump whenever the generated data changes, so a stored sample can be told apart from a new one. */
export const SAMPLE_SEED_VERSION = 5;

export const SAMPLE_CITY_NAME = '绵阳市（示例）';
export const SAMPLE_CITY_NAME_EN = 'Mianyang (sample)';

/**
 * Loads the Mianyang-like sample city into an empty, migrated database, in one transaction.
 * Every date is an offset from `today` ('YYYY-MM-DD'), so the sample always looks current,
 * and the same `today` always gives the same rows. With `scale`, the city is that many times
 * the sample and comes with a year of audit history (`npm run db:seed`).
 */
export async function loadSampleCity(
  db: Database,
  options: { today: string; scale?: number },
): Promise<void> {
  const sample = buildSampleCity(options.today);
  const city = scaleSampleCity(sample, options.scale ?? 1);
  await db.transaction(async (tx) => {
    await insertSampleCity(tx, city);
    await insertSampleUsers(tx, options.today);
    if (options.scale) {
      await insertAuditHistory(tx, buildAuditHistory(sample, options.scale, options.today));
    }
    await tx.insert(datasetInfo).values({
      id: 1,
      isSample: true,
      cityName: SAMPLE_CITY_NAME,
      cityNameEn: SAMPLE_CITY_NAME_EN,
      seedVersion: SAMPLE_SEED_VERSION,
    });
  });
}

export { buildSampleCity } from './build';
export {
  SAMPLE_AUDIT_ADMIN,
  SAMPLE_PASSWORD,
  SAMPLE_SECURITY_ADMIN,
  SAMPLE_VIEWER,
  sampleEditorName,
} from './users';
export type { SampleCity } from './rows';
