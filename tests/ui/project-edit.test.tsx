import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { campaigns, chainLinks, chainSegments, parks, projects } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

/* The main path (a project moved to its next stage) is in record-edit.test.tsx. */

const api = setupApiServer();

describe('changing a project', () => {
  it('puts the server’s answer next to the park when that park is gone meanwhile', async () => {
    const chain = await firstChain(api.db);
    const [project] = await api.db
      .select()
      .from(projects)
      .where(eq(projects.chainId, chain?.id ?? 0))
      .limit(1);
    if (!project) throw new Error('no project');
    const [park] = await api.db
      .insert(parks)
      .values({ name: '临时测试园区', district: '测试区' })
      .returning();
    if (!park) throw new Error('no park');

    const { user } = renderApp(`/projects/${project.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑项目' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑项目' });
    const parkField = within(dialog).getByRole('combobox', { name: '落地园区' });
    await user.selectOptions(parkField, '临时测试园区');
    // Removed after the form listed it: only the server can tell.
    await api.db.delete(parks).where(eq(parks.id, park.id));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    await waitFor(() =>
      expect(
        within(dialog).getByRole('combobox', { name: '落地园区' }),
      ).toHaveAccessibleDescription('所选记录不存在，请重新选择。'),
    );
    expect(screen.getByRole('dialog', { name: '编辑项目' })).toBeInTheDocument();
    const [stored] = await api.db.select().from(projects).where(eq(projects.id, project.id));
    expect(stored).toMatchObject({ parkId: project.parkId, version: project.version });
  });

  it('offers the chain’s links with their strength and the campaigns, and saves both', async () => {
    const chain = await firstChain(api.db);
    const [project] = await api.db
      .select()
      .from(projects)
      .where(eq(projects.chainId, chain.id))
      .limit(1);
    if (!project) throw new Error('no project');
    const links = await api.db
      .select({ id: chainLinks.id, name: chainLinks.name, strength: chainLinks.strength })
      .from(chainLinks)
      .innerJoin(chainSegments, eq(chainSegments.id, chainLinks.segmentId))
      .where(eq(chainSegments.chainId, chain.id));
    const missing = links.find((link) => link.strength === 'missing') ?? links[0];
    if (!missing) throw new Error('the chain has no links');
    const [campaign] = await api.db.select().from(campaigns).limit(1);

    const { user } = renderApp(`/projects/${project.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑项目' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑项目' });
    const linkField = within(dialog).getByRole('combobox', { name: '环节' });
    const strengthWord = { strong: '优势', weak: '薄弱', missing: '缺失' } as const;
    expect(
      within(linkField).getByRole('option', {
        name: `${missing.name}（${strengthWord[missing.strength]}）`,
      }),
    ).toBeInTheDocument();
    await user.selectOptions(linkField, String(missing.id));
    const campaignField = within(dialog).getByRole('combobox', { name: '招商活动' });
    const campaignOptions = within(campaignField).getAllByRole('option').slice(1);
    if (campaign && campaignOptions[0]) {
      await user.selectOptions(campaignField, campaignOptions[0]);
    }
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());

    const [stored] = await api.db.select().from(projects).where(eq(projects.id, project.id));
    expect(stored?.linkId).toBe(missing.id);
    if (campaignOptions[0]) {
      expect(stored?.campaignId).toBe(Number((campaignOptions[0] as HTMLOptionElement).value));
    }
    // The page names the link with its strength.
    expect(await screen.findByText(strengthWord[missing.strength])).toBeInTheDocument();
  });
});
