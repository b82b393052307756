import { screen, waitFor, within } from '@testing-library/react';
import { and, eq, isNotNull, ne } from 'drizzle-orm';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { chains, parks, projects } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain, type ChainRef } from '../support/sample-chains';

const api = setupApiServer();
let chain: ChainRef;

beforeAll(async () => {
  chain = await firstChain(api.db);
});

beforeEach(() => {
  vi.spyOn(window, 'confirm').mockReturnValue(true);
});
afterEach(() => {
  vi.restoreAllMocks();
});

const stored = async () => {
  const [row] = await api.db.select().from(chains).where(eq(chains.id, chain.id));
  if (!row) throw new Error('no chain');
  return row;
};

/** A change made through the API by another user, as the history will show it. */
async function someoneSetsNote(statusNote: string) {
  const { version } = await stored();
  const other = await api.otherUser();
  const response = await api.app.request(`/api/chains/${chain.id}/status`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', cookie: other.cookie },
    body: JSON.stringify({ status: 'red', statusNote, version }),
  });
  expect(response.status).toBe(200);
  return other.username;
}

async function latestEntry() {
  const section = await screen.findByRole('region', { name: '修改记录' });
  const [entry] = await within(section).findAllByRole('listitem');
  if (!entry) throw new Error('no history entry');
  return entry;
}

describe('a chain’s history', () => {
  it('shows who changed what, each field before → after', async () => {
    const before = (await stored()).statusNote ?? '（空）';
    const actor = await someoneSetsNote('历史里的新说明');
    renderApp(`/chains/${chain.id}`);
    const entry = await latestEntry();
    expect(
      within(entry).getByText('修改 · 产业链状态', { selector: 'strong' }),
    ).toBeInTheDocument();
    expect(within(entry).getByText(new RegExp(actor))).toBeInTheDocument();
    const row = within(entry).getByRole('row', { name: /状态说明/ });
    expect(within(row).getByText(before)).toBeInTheDocument();
    expect(within(row).getByText('历史里的新说明')).toBeInTheDocument();
  });

  it('names the records a change points to and formats its dates and amounts', async () => {
    const [project] = await api.db
      .select()
      .from(projects)
      .where(
        and(
          eq(projects.chainId, chain.id),
          eq(projects.stage, 'signed'),
          isNotNull(projects.parkId),
        ),
      )
      .limit(1);
    if (!project?.parkId) throw new Error('no signed project in a park');
    const [oldPark] = await api.db.select().from(parks).where(eq(parks.id, project.parkId));
    const [newPark] = await api.db
      .select()
      .from(parks)
      .where(ne(parks.id, project.parkId))
      .limit(1);
    if (!oldPark || !newPark) throw new Error('no parks');
    const other = await api.otherUser();
    const response = await api.app.request(`/api/projects/${project.id}`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', cookie: other.cookie },
      body: JSON.stringify({
        name: project.name,
        parkId: newPark.id,
        firmId: project.firmId,
        origin: project.origin,
        linkId: project.linkId,
        campaignId: project.campaignId,
        investmentYi: 12.5,
        stage: 'started',
        signedOn: project.signedOn,
        startedOn: '2026-06-01',
        productionOn: null,
        plannedProductionOn: project.plannedProductionOn,
        progress: project.progress,
        version: project.version,
      }),
    });
    expect(response.status).toBe(200);

    renderApp(`/chains/${chain.id}`);
    const entry = await latestEntry();
    expect(
      within(entry).getByText(`修改 · 项目 · ${project.name}`, { selector: 'strong' }),
    ).toBeInTheDocument();
    const park = within(entry).getByRole('row', { name: /落地园区/ });
    expect(await within(park).findByText(newPark.name)).toBeInTheDocument();
    expect(within(park).getByText(oldPark.name)).toBeInTheDocument();
    const started = within(entry).getByRole('row', { name: /开工日期/ });
    expect(within(started).getByText('2026年6月1日')).toBeInTheDocument();
    const investment = within(entry).getByRole('row', { name: /总投资/ });
    expect(within(investment).getByText('12.50 亿元')).toBeInTheDocument();
    const stage = within(entry).getByRole('row', { name: /所处阶段/ });
    expect(within(stage).getByText('已开工')).toBeInTheDocument();
  });

  it('reverts a change as a new change, recorded too', async () => {
    const original = (await stored()).statusNote;
    await someoneSetsNote('要撤销的说明');
    const { user } = renderApp(`/chains/${chain.id}`);
    const entry = await latestEntry();
    await user.click(within(entry).getByRole('button', { name: /撤销：修改 · 产业链状态/ }));
    expect(await within(entry).findByRole('status')).toHaveTextContent('已撤销');
    expect((await stored()).statusNote).toBe(original);
    await waitFor(async () =>
      expect(
        within(await latestEntry()).getByText('撤销 · 产业链状态', { selector: 'strong' }),
      ).toBeInTheDocument(),
    );
  });

  it('says so when the record has changed since, and changes nothing', async () => {
    await someoneSetsNote('第一次');
    const { user } = renderApp(`/chains/${chain.id}`);
    const entry = await latestEntry();
    await someoneSetsNote('第二次');
    await user.click(within(entry).getByRole('button', { name: /撤销：/ }));
    expect(await within(entry).findByRole('alert')).toHaveTextContent('不能直接撤销');
    expect(within(entry).getByRole('button', { name: /撤销：/ })).toBeDisabled();
    expect((await stored()).statusNote).toBe('第二次');
  });

  it('offers no revert to a viewer', async () => {
    await someoneSetsNote('查看者看到的说明');
    await api.signInAs('viewer');
    try {
      renderApp(`/chains/${chain.id}`);
      const entry = await latestEntry();
      expect(within(entry).getByText('查看者看到的说明')).toBeInTheDocument();
      expect(within(entry).queryByRole('button', { name: /撤销/ })).not.toBeInTheDocument();
    } finally {
      await api.signInAs('admin');
    }
  });
});
