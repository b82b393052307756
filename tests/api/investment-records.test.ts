import { describe, beforeAll, expect, test } from 'vitest';
import {
  campaignDetailSchema,
  campaignListSchema,
  chainInvestmentSchema,
  targetFirmDetailSchema,
  targetFirmPageSchema,
} from '../../server/contract/investment';
import { createTestUser } from '../support/sessions';
import { engines } from '../support/test-database';
import { getOk, useTestApi } from './support/api';
import {
  campaignBody,
  leadBody,
  linkWithStrength,
  signed,
  supplyItemBody,
  targetFirmBody,
  write,
} from './support/investment';
import { creditCode, loadSampleIds, type SampleIds } from './support/writes';

type Saved = { id: number; version: number };
type Refusal = { error: { fields?: Record<string, unknown> } };

describe.each(engines)('招商 target firms, campaigns and supply items on %s', (engine) => {
  const api = useTestApi(engine, { sample: true });
  let ids: SampleIds;
  let admin: string;
  let editorA: string;
  let linkOfB: number;

  beforeAll(async () => {
    ids = await loadSampleIds(api.db);
    admin = (await createTestUser(api.db, { role: 'admin' })).cookie;
    editorA = (await createTestUser(api.db, { role: 'editor', chainIds: [ids.chainA] })).cookie;
    linkOfB = await linkWithStrength(api.db, ids.chainB, 'weak', 0);
  });

  const fieldsOf = async (answer: Promise<Refusal>) =>
    Object.keys((await answer).error.fields ?? {});

  test('target firms: links of their chains, unique codes, scope of every chain', async () => {
    const post = (body: unknown, status?: number, cookie = editorA) =>
      write<Saved>(api.app, cookie, 'POST', '/api/target-firms', body, status);
    expect(
      await fieldsOf(post(targetFirmBody([ids.chainA], [linkOfB]), 400) as Promise<never>),
    ).toContain('linkIds');
    expect(await fieldsOf(post(targetFirmBody([]), 400) as Promise<never>)).toContain('chainIds');
    expect(
      await fieldsOf(
        post({ ...targetFirmBody([ids.chainA]), supplyItemId: 999999 }, 400) as Promise<never>,
      ),
    ).toContain('supplyItemId');
    // A firm for chains A and B needs an editor of both.
    await post(targetFirmBody([ids.chainA, ids.chainB]), 403);
    const code = creditCode(424242);
    const firm = await post({ ...targetFirmBody([ids.chainA], [ids.linkOfA]), creditCode: code });
    const clash = post({ ...targetFirmBody([ids.chainA]), creditCode: code }, 400);
    expect(await fieldsOf(clash as Promise<never>)).toContain('creditCode');

    const page = await getOk(
      api,
      `/api/target-firms?chain=${ids.chainA}&link=${ids.linkOfA}&source=leader_recommendation&pageSize=100`,
      targetFirmPageSchema,
    );
    expect(page.items.map((item) => item.id)).toContain(firm.id);
    const other = await getOk(
      api,
      `/api/target-firms?chain=${ids.chainB}&pageSize=100`,
      targetFirmPageSchema,
    );
    expect(other.items.map((item) => item.id)).not.toContain(firm.id);

    const lead = await write<Saved>(api.app, editorA, 'POST', '/api/leads', {
      chainId: ids.chainA,
      ...leadBody({
        linkId: await linkWithStrength(api.db, ids.chainA, 'weak', 0),
        targetFirmId: firm.id,
        ownerMemberId: ids.memberOfA,
      }),
    });
    expect(lead.id).toBeGreaterThan(0);
    const detail = await getOk(api, `/api/target-firms/${firm.id}`, targetFirmDetailSchema);
    expect(detail).toMatchObject({ leads: 1, chains: [{ id: ids.chainA }], creditCode: code });

    const stale = await write<{ current: { version: number } }>(
      api.app,
      editorA,
      'PUT',
      `/api/target-firms/${firm.id}`,
      { ...targetFirmBody([ids.chainA]), version: 99 },
      409,
    );
    expect(stale.current.version).toBe(firm.version);
    const withdrawn = await write<Saved>(
      api.app,
      editorA,
      'POST',
      `/api/target-firms/${firm.id}/withdraw`,
      { version: firm.version },
      200,
    );
    const hidden = await getOk(
      api,
      `/api/target-firms?chain=${ids.chainA}&pageSize=100`,
      targetFirmPageSchema,
    );
    expect(hidden.items.map((item) => item.id)).not.toContain(firm.id);
    // A withdrawn target firm is no lead's new target.
    const refused = write<Refusal>(
      api.app,
      editorA,
      'POST',
      '/api/leads',
      {
        chainId: ids.chainA,
        ...leadBody({
          linkId: await linkWithStrength(api.db, ids.chainA, 'weak', 0),
          targetFirmId: firm.id,
          ownerMemberId: ids.memberOfA,
        }),
      },
      400,
    );
    expect(await fieldsOf(refused)).toContain('targetFirmId');
    await write(
      api.app,
      editorA,
      'POST',
      `/api/target-firms/${firm.id}/restore`,
      { version: withdrawn.version },
      200,
    );
    const back = await getOk(
      api,
      `/api/target-firms?chain=${ids.chainA}&pageSize=100`,
      targetFirmPageSchema,
    );
    expect(back.items.map((item) => item.id)).toContain(firm.id);
  });

  test('campaigns: their chains, leads met there and projects signed there', async () => {
    await write(
      api.app,
      editorA,
      'POST',
      '/api/campaigns',
      campaignBody([ids.chainA, ids.chainB]),
      403,
    );
    const bad = write<Refusal>(
      api.app,
      editorA,
      'POST',
      '/api/campaigns',
      { ...campaignBody([ids.chainA]), endsOn: '2026-03-01' },
      400,
    );
    expect(await fieldsOf(bad)).toContain('endsOn');
    const campaign = await write<Saved>(
      api.app,
      editorA,
      'POST',
      '/api/campaigns',
      campaignBody([ids.chainA]),
    );
    const firm = await write<Saved>(
      api.app,
      editorA,
      'POST',
      '/api/target-firms',
      targetFirmBody([ids.chainA]),
    );
    const linkId = await linkWithStrength(api.db, ids.chainA, 'weak', 0);
    await write(api.app, editorA, 'POST', '/api/leads', {
      chainId: ids.chainA,
      ...leadBody({ linkId, targetFirmId: firm.id, ownerMemberId: ids.memberOfA }),
      ...signed(),
      expectedInvestmentYi: 4.25,
      campaignId: campaign.id,
    });
    const detail = await getOk(api, `/api/campaigns/${campaign.id}`, campaignDetailSchema);
    expect(detail).toMatchObject({
      signedProjects: 1,
      signedInvestmentYi: 4.25,
      leads: [{ stage: 'signed', count: 1 }],
      chains: [{ id: ids.chainA }],
    });
    const withdrawn = await write<Saved>(
      api.app,
      editorA,
      'POST',
      `/api/campaigns/${campaign.id}/withdraw`,
      { version: detail.version },
      200,
    );
    const list = await getOk(api, '/api/campaigns', campaignListSchema);
    expect(list.items.map((item) => item.id)).not.toContain(campaign.id);
    await write(
      api.app,
      editorA,
      'POST',
      `/api/campaigns/${campaign.id}/restore`,
      { version: withdrawn.version },
      200,
    );
    const again = await getOk(api, '/api/campaigns', campaignListSchema);
    expect(again.items.map((item) => item.id)).toContain(campaign.id);
  });

  test('supply items: a link of their chain; listed on the chain’s investment map', async () => {
    const bad = write<Refusal>(
      api.app,
      editorA,
      'POST',
      '/api/supply-items',
      { chainId: ids.chainA, ...supplyItemBody(linkOfB) },
      400,
    );
    expect(await fieldsOf(bad)).toContain('linkId');
    const percent = write<Refusal>(
      api.app,
      editorA,
      'POST',
      '/api/supply-items',
      { chainId: ids.chainA, ...supplyItemBody(ids.linkOfA), localSharePercent: 101 },
      400,
    );
    expect(await fieldsOf(percent)).toContain('localSharePercent');
    await write(
      api.app,
      editorA,
      'POST',
      '/api/supply-items',
      { chainId: ids.chainB, ...supplyItemBody(linkOfB) },
      403,
    );
    const item = await write<Saved>(api.app, editorA, 'POST', '/api/supply-items', {
      chainId: ids.chainA,
      ...supplyItemBody(ids.linkOfA),
    });
    const map = async () =>
      (
        await getOk(api, `/api/chains/${ids.chainA}/investment`, chainInvestmentSchema)
      ).supplyItems.map((row) => row.id);
    expect(await map()).toContain(item.id);
    const changed = await write<Saved>(api.app, editorA, 'PUT', `/api/supply-items/${item.id}`, {
      ...supplyItemBody(ids.linkOfA),
      localSharePercent: 35,
      version: item.version,
    });
    await write(
      api.app,
      editorA,
      'POST',
      `/api/supply-items/${item.id}/withdraw`,
      { version: changed.version },
      200,
    );
    expect(await map()).not.toContain(item.id);
  });
});
