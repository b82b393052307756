import { describe, expect, test } from 'vitest';
import { chainListSchema } from '../../server/contract/chains';
import { clusterPageSchema } from '../../server/contract/clusters';
import { departmentListSchema } from '../../server/contract/departments';
import { firmPageSchema } from '../../server/contract/firms';
import { overviewSchema } from '../../server/contract/overview';
import { parkPageSchema } from '../../server/contract/parks';
import { problemPageSchema } from '../../server/contract/problems';
import { projectPageSchema } from '../../server/contract/projects';
import { SAMPLE_TODAY } from '../support/sample-clock';
import { engines } from '../support/test-database';
import { getError, getOk, useTestApi } from './support/api';

describe.each(engines)('an empty migrated database on %s', (engine) => {
  const api = useTestApi(engine, { sample: false });

  test('the overview is all zeros, with no dataset and no chains', async () => {
    const overview = await getOk(api, '/api/overview', overviewSchema);
    expect(overview).toEqual({
      dataset: null,
      asOf: SAMPLE_TODAY,
      headline: {
        chains: { total: 0, strategic: 0, future: 0 },
        firms: {
          total: 0,
          highTech: 0,
          techSme: 0,
          littleGiant: 0,
          singleChampion: 0,
          over100b: 0,
          over10b: 0,
        },
        specialtyParks: 0,
        clusters: { national: 0, provincial: 0, smeFeature: 0 },
        promotionProjects: { count: 0, investmentYi: 0 },
        problems: { total: 0, resolved: 0, resolutionRate: 0, unresolved: 0, overdue: 0 },
        meetings: { meetings: 0, firms: 0, problems: 0, resolved: 0 },
        technology: {
          // The last full calendar year before the city's today.
          year: Number(SAMPLE_TODAY.slice(0, 4)) - 1,
          assistants: 0,
          latestBatch: null,
          assistantMatches: 0,
          assistantTransfers: 0,
          transfersInYear: 0,
          networkUniversities: 0,
          networkTeams: 0,
          highTechFirms: 0,
          highTechGained: 0,
          highTechLost: 0,
          highTechNetNew: 0,
          highTechRevenueYi: 0,
          trackRacers: 0,
        },
      },
      chains: [],
    });
  });

  test('every list is empty and every detail a 404', async () => {
    const empty = { items: [], total: 0, page: 1, pageSize: 20 };
    expect(await getOk(api, '/api/firms', firmPageSchema)).toEqual(empty);
    expect(await getOk(api, '/api/parks', parkPageSchema)).toEqual(empty);
    expect(await getOk(api, '/api/projects', projectPageSchema)).toEqual(empty);
    expect(await getOk(api, '/api/problems', problemPageSchema)).toEqual(empty);
    expect(await getOk(api, '/api/chains', chainListSchema)).toEqual({ items: [] });
    expect(await getOk(api, '/api/clusters', clusterPageSchema)).toEqual(empty);
    expect(await getOk(api, '/api/departments', departmentListSchema)).toEqual({ items: [] });
    for (const resource of ['chains', 'parks', 'firms', 'clusters', 'projects', 'problems']) {
      await getError(api, `/api/${resource}/1`, 404);
    }
    await getError(api, '/api/chains/1/indicators', 404);
  });
});
