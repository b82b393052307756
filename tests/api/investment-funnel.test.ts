import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, test } from 'vitest';
import { investmentFunnelSchema, type Funnel } from '../../server/contract/investment';
import { leadPipelineStages } from '../../server/contract/domain';
import { projects } from '../../server/db/schema';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import {
  campaignBody,
  leadBody,
  linkWithStrength,
  signed,
  targetFirmBody,
  write,
} from './support/investment';
import { loadSampleIds, type SampleIds } from './support/writes';

type Lead = { id: number; version: number; projectId: number | null };
type Stage = (typeof leadPipelineStages)[number];

/*
 * The 招商 funnel, on leads this test makes: the sample city's own leads are in the chain's
 * funnel too, so the chain is compared before and after, and the campaign (which only this
 * test's leads name) exactly.
 */
describe.each(engines)('招商 funnel on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let campaignId: number;
  let before: Funnel;

  const funnel = async (query: string) =>
    getOk(api, `/api/investment/funnel?${query}`, investmentFunnelSchema);
  const stageOf = (of: Funnel, stage: Stage) => {
    const found = of.stages.find((each) => each.stage === stage);
    if (!found) throw new Error(`the funnel has no ${stage}`);
    return found;
  };

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    const linkId = await linkWithStrength(api.db, ids.chainA, 'weak', 1);
    const firm = await write<{ id: number }>(
      api.app,
      admin,
      'POST',
      '/api/target-firms',
      targetFirmBody([ids.chainA], [linkId]),
    );
    campaignId = (
      await write<{ id: number }>(
        api.app,
        admin,
        'POST',
        '/api/campaigns',
        campaignBody([ids.chainA]),
      )
    ).id;
    before = (await funnel(`chain=${ids.chainA}`)).total;

    const lead = (changes: Record<string, unknown>) =>
      write<Lead>(api.app, admin, 'POST', '/api/leads', {
        chainId: ids.chainA,
        ...leadBody({ linkId, targetFirmId: firm.id, ownerMemberId: ids.memberOfA }),
        campaignId,
        ...changes,
      });
    const contacted = { stage: 'contacted', contactedOn: '2026-03-05' };
    const visited = { ...contacted, stage: 'visited', visitedOn: '2026-03-20' };
    const negotiating = { ...visited, stage: 'negotiating', negotiatingOn: '2026-04-10' };
    await lead({ expectedInvestmentYi: 2 });
    await lead({ ...contacted, expectedInvestmentYi: 3 });
    await lead({ ...visited, expectedInvestmentYi: 4 });
    await lead({ ...negotiating, expectedInvestmentYi: 5 });
    const signedLead = await lead({ ...signed(), expectedInvestmentYi: 7.5 });
    // What was signed is the project's investment, not the lead's expectation any more.
    await api.db
      .update(projects)
      .set({ investmentYi: 9 })
      .where(eq(projects.id, signedLead.projectId ?? -1));
    // Dropped after the visit: it reached 线索, 接触 and 考察, and is at none of them now.
    await lead({
      ...visited,
      stage: 'dropped',
      droppedOn: '2026-03-25',
      dropReason: '转投他市',
      expectedInvestmentYi: 6,
    });
    const withdrawn = await lead({ ...negotiating, expectedInvestmentYi: 100 });
    await write(
      api.app,
      admin,
      'POST',
      `/api/leads/${withdrawn.id}/withdraw`,
      { version: withdrawn.version },
      200,
    );
  });

  /** What this test's six live leads add up to (the withdrawn seventh does not count). */
  const expected: Record<
    Stage,
    { reached: number; current: number; conversionPercent: number | null; investmentYi: number }
  > = {
    identified: { reached: 6, current: 1, conversionPercent: null, investmentYi: 2 },
    contacted: { reached: 5, current: 1, conversionPercent: 83.33, investmentYi: 3 },
    visited: { reached: 4, current: 1, conversionPercent: 80, investmentYi: 4 },
    negotiating: { reached: 2, current: 1, conversionPercent: 50, investmentYi: 5 },
    signed: { reached: 1, current: 1, conversionPercent: 50, investmentYi: 9 },
  };

  test('a campaign’s funnel: reached, current, conversion and investment per stage', async () => {
    const answer = await funnel(`campaign=${campaignId}`);
    expect(answer.total.chain).toBeNull();
    expect(answer.total.stages.map((stage) => stage.stage)).toEqual([...leadPipelineStages]);
    for (const stage of leadPipelineStages) {
      const { conversionPercent, ...counts } = expected[stage];
      const shown = stageOf(answer.total, stage);
      expect(shown, stage).toMatchObject(counts);
      if (conversionPercent === null) expect(shown.conversionPercent, stage).toBeNull();
      else expect(shown.conversionPercent, stage).toBeCloseTo(conversionPercent, 2);
    }
    expect(answer.total.dropped).toEqual({ count: 1, investmentYi: 6 });
    // Only chain A has leads of the campaign; the other chains are there, empty.
    const ofA = answer.chains.find((chain) => chain.chain?.id === ids.chainA);
    expect(ofA?.stages).toEqual(answer.total.stages);
    for (const chain of answer.chains.filter((each) => each.chain?.id !== ids.chainA)) {
      expect(chain.stages.every((stage) => stage.reached === 0)).toBe(true);
    }
  });

  test('the chain’s funnel grows by exactly these leads, the withdrawn one left out', async () => {
    const answer = await funnel(`chain=${ids.chainA}`);
    expect(answer.total.chain?.id).toBe(ids.chainA);
    expect(answer.chains.map((chain) => chain.chain?.id)).toEqual([ids.chainA]);
    const after = answer.total;
    for (const stage of leadPipelineStages) {
      const was = stageOf(before, stage);
      const now = stageOf(after, stage);
      expect(now.reached - was.reached, stage).toBe(expected[stage].reached);
      expect(now.current - was.current, stage).toBe(expected[stage].current);
      expect(now.investmentYi - was.investmentYi, stage).toBeCloseTo(
        expected[stage].investmentYi,
        2,
      );
    }
    // Conversion is the share of the stage before, whatever the sample's leads are.
    for (const [index, stage] of leadPipelineStages.entries()) {
      const previous = index === 0 ? undefined : leadPipelineStages[index - 1];
      const shown = stageOf(after, stage).conversionPercent;
      if (!previous || stageOf(after, previous).reached === 0) expect(shown).toBeNull();
      else
        expect(shown).toBeCloseTo(
          (stageOf(after, stage).reached / stageOf(after, previous).reached) * 100,
          2,
        );
    }
    expect(after.dropped.count - before.dropped.count).toBe(1);
    expect(after.dropped.investmentYi - before.dropped.investmentYi).toBeCloseTo(6, 2);
  });
});
