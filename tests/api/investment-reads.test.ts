import { describe, expect, test } from 'vitest';
import {
  campaignListSchema,
  chainInvestmentSchema,
  investmentFunnelSchema,
  leadPageSchema,
  targetFirmPageSchema,
} from '../../server/contract/investment';
import { projectPageSchema } from '../../server/contract/projects';
import { engines } from '../support/test-database';
import { expectInvalid, getError, getOk, useTestApi } from './support/api';

describe.each(engines)('investment reads on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });

  test('the read routes answer by the contract', async () => {
    const leads = await getOk(api, '/api/leads', leadPageSchema);
    expect(leads.stalledAfterDays).toBe(30);
    await getOk(api, '/api/target-firms', targetFirmPageSchema);
    await getOk(api, '/api/campaigns', campaignListSchema);
    const funnel = await getOk(api, '/api/investment/funnel', investmentFunnelSchema);
    expect(funnel.total.chain).toBeNull();
    expect(funnel.chains.length).toBeGreaterThan(0);
    const map = await getOk(api, '/api/chains/1/investment', chainInvestmentSchema);
    expect(map.segments.length).toBeGreaterThan(0);
    const projects = await getOk(api, '/api/projects?campaign=1&link=1', projectPageSchema);
    expect(projects.items.every((project) => project.campaign?.id === 1)).toBe(true);
  });

  test('unknown ids are 404, bad params 400', async () => {
    await getError(api, '/api/chains/999999/investment', 404);
    await getError(api, '/api/investment/funnel?chain=999999', 404);
    await getError(api, '/api/leads/999999', 404);
    await getError(api, '/api/target-firms/999999', 404);
    await getError(api, '/api/campaigns/999999', 404);
    await expectInvalid(api, '/api/leads?stage=nope', 'stage');
    await expectInvalid(api, '/api/leads?chain=x', 'chain');
    await expectInvalid(api, '/api/target-firms?source=nope', 'source');
  });
});
