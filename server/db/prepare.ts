import { chains, datasetInfo } from './schema';
import { applyMigrations, type OpenDatabase } from './open';
import { loadSampleCity } from './sample';

export interface PrepareResult {
  sampleLoaded: boolean;
}

/**
 * Brings a database up to date for serving: migrations always, the sample city only into an
 * empty database (so a restart never loads it twice), all under the setup lock.
 */
export async function prepareDatabase(
  opened: OpenDatabase,
  options: { sampleData: boolean; today: string },
): Promise<PrepareResult> {
  return opened.withSetupLock(async () => {
    await applyMigrations(opened);
    if (!options.sampleData) return { sampleLoaded: false };
    // Any record at all means the city is someone's: never pour the sample over it.
    const [dataset, chain] = await Promise.all([
      opened.db.select({ id: datasetInfo.id }).from(datasetInfo).limit(1),
      opened.db.select({ id: chains.id }).from(chains).limit(1),
    ]);
    if (dataset.length > 0 || chain.length > 0) return { sampleLoaded: false };
    await loadSampleCity(opened.db, { today: options.today });
    return { sampleLoaded: true };
  });
}
