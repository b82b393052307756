import type { Database } from '../database';
import { datasetInfo } from '../schema';
import { buildSampleCity } from './build';
import { insertSampleCity } from './insert';
import { insertSampleUsers } from './users';

/** Bump whenever the generated data changes, so a stored sample can be told apart from a new one. */
export const SAMPLE_SEED_VERSION = 1;

export const SAMPLE_CITY_NAME = '绵阳市（示例）';
export const SAMPLE_CITY_NAME_EN = 'Mianyang (sample)';

/**
 * Loads the Mianyang-like sample city into an empty, migrated database, in one transaction.
 * Every date is an offset from `today` ('YYYY-MM-DD'), so the sample always looks current,
 * and the same `today` always gives the same rows.
 */
export async function loadSampleCity(db: Database, options: { today: string }): Promise<void> {
  const city = buildSampleCity(options.today);
  await db.transaction(async (tx) => {
    await insertSampleCity(tx, city);
    await insertSampleUsers(tx);
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
export { SAMPLE_PASSWORD, SAMPLE_VIEWER, sampleEditorName } from './users';
export type { SampleCity } from './rows';
