import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ChainDetail } from '../../server/contract/chains';
import type { ClusterPage } from '../../server/contract/clusters';
import type { ProjectPage } from '../../server/contract/projects';
import { startApp, type AppProcess } from './support/app-process';
import { seriousAxeViolations } from './support/axe';
import { launchChromiumBrowser } from './support/browser';
import { settled, viewports } from './support/pages';
import { apiReader, samplePassword, signIn } from './support/sign-in';

/*
 * The task force of 新型显示 keeps its chain's records current in Chromium against `npm start`:
 * adds a firm and attaches it to a weak link of the map, puts the chain's cluster under review,
 * withdraws a project entered by mistake and brings it back from the history — and cannot move a
 * firm into another task force's chain.
 */

const screenshotDir = process.env.SCREENSHOT_DIR;
const editor = { username: 'editor-new-display', password: samplePassword };
const firmName = '绵阳测试光电材料有限公司';

let app: AppProcess;
let browser: Browser;
let page: Page;
let get: Awaited<ReturnType<typeof apiReader>>;
let chain: ChainDetail;

beforeAll(async () => {
  app = await startApp();
  browser = await launchChromiumBrowser();
  if (screenshotDir) mkdirSync(screenshotDir, { recursive: true });
  get = await apiReader(app.url);
  const chains = await get<{ items: { id: number; code: string }[] }>('/api/chains');
  const newDisplay = chains.items.find((item) => item.code === 'new-display');
  if (!newDisplay) throw new Error('the sample city has no 新型显示 chain');
  chain = await get<ChainDetail>(`/api/chains/${newDisplay.id}`);
  const context = await browser.newContext({ viewport: viewports.laptop, locale: 'zh-CN' });
  page = await context.newPage();
  await signIn(page, app.url, editor, `/chains/${chain.id}`);
  await settled(page);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function picture(name: string) {
  if (screenshotDir) await page.screenshot({ path: join(screenshotDir, `${name}.png`) });
}

/** The headline's count of recognised provincial clusters, as the overview says it. */
async function provincialClusters(): Promise<number> {
  await page.goto(`${app.url}/`);
  const figure = page.getByText(/省级 \d+ 个/).first();
  const text = (await figure.textContent()) ?? '';
  return Number(/省级 (\d+) 个/.exec(text)?.[1]);
}

describe('a task force keeping its records current', () => {
  it('adds a firm and attaches it to a weak link: the link’s count follows', async () => {
    await page.goto(`${app.url}/firms`);
    await page.getByRole('button', { name: '新增企业' }).click();
    const dialog = page.getByRole('dialog', { name: '新增企业' });
    await dialog.getByRole('textbox', { name: '企业名称' }).fill(firmName);
    // An editor is offered only their own chain, already ticked.
    const chains = dialog.getByRole('group', { name: '所属产业链' }).getByRole('checkbox');
    expect(await chains.count()).toBe(1);
    expect(await chains.first().isChecked()).toBe(true);
    await picture('firm-add-dialog');
    expect(await seriousAxeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });

    const weak = chain.chainMap
      .flatMap((segment) => segment.links)
      .find((link) => link.strength === 'weak');
    if (!weak) throw new Error('新型显示 has no weak link');
    await page.goto(`${app.url}/chains/${chain.id}?link=${weak.id}`);
    const linkButton = page.locator(`button[data-link-id="${weak.id}"]`);
    await expect.poll(() => linkButton.textContent()).toContain(`${weak.firmCount} 家`);
    await page.getByRole('button', { name: `编辑环节 ${weak.name}` }).click();
    const linkDialog = page.getByRole('dialog', { name: `编辑环节 ${weak.name}` });
    await linkDialog
      .getByRole('searchbox', { name: '搜索企业（名称或信用代码）' })
      .fill('测试光电');
    await linkDialog.getByRole('checkbox', { name: firmName }).check();
    await linkDialog.getByRole('button', { name: '保存' }).click();
    await linkDialog.waitFor({ state: 'detached' });
    await expect.poll(() => linkButton.textContent()).toContain(`${weak.firmCount + 1} 家`);
  });

  it('puts the chain’s cluster under review, and the overview counts it no longer', async () => {
    const clusters = await get<ClusterPage>(`/api/clusters?chain=${chain.id}&pageSize=100`);
    const own = clusters.items.find(
      (cluster) =>
        cluster.status === 'recognised' &&
        cluster.level === 'provincial' &&
        cluster.chains.length === 1,
    );
    if (!own) throw new Error('新型显示 has no recognised provincial cluster of its own');
    const before = await provincialClusters();

    await page.goto(`${app.url}/clusters/${own.id}`);
    await page.getByRole('button', { name: '编辑集群' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑集群' });
    await dialog.getByRole('combobox', { name: '认定状态' }).selectOption({ label: '复核中' });
    await picture('cluster-edit-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByText('复核中').first().waitFor();

    expect(await provincialClusters()).toBe(before - 1);
  });

  it('withdraws a project entered by mistake and restores it from the history', async () => {
    const projects = await get<ProjectPage>(`/api/projects?chain=${chain.id}&pageSize=1`);
    const project = projects.items[0];
    if (!project) throw new Error('新型显示 has no project');

    await page.goto(`${app.url}/projects/${project.id}`);
    await page.getByRole('button', { name: `撤回项目 ${project.name}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: '撤回' }).click();
    await page.getByText(/此项目已于 .+ 撤回/).waitFor();
    const listed = await get<ProjectPage>(`/api/projects?chain=${chain.id}&pageSize=100`);
    expect(listed.items.map((item) => item.id)).not.toContain(project.id);

    // The chain's history lists the withdrawal first; reverting it brings the project back.
    await page.goto(`${app.url}/chains/${chain.id}`);
    page.once('dialog', (question) => void question.accept());
    await page
      .getByRole('button', { name: /^撤销：/ })
      .first()
      .click();
    await page.getByText('已撤销').first().waitFor();
    await page.goto(`${app.url}/projects/${project.id}`);
    await page.getByRole('button', { name: `撤回项目 ${project.name}` }).waitFor();
    const again = await get<ProjectPage>(`/api/projects?chain=${chain.id}&pageSize=100`);
    expect(again.items.map((item) => item.id)).toContain(project.id);
  });

  it('cannot move a firm into another task force’s chain: the server says why', async () => {
    const firms = await get<{ items: { id: number; name: string }[] }>(
      `/api/firms?q=${encodeURIComponent(firmName)}`,
    );
    const firm = firms.items[0];
    if (!firm) throw new Error('the firm added above is not found');
    const record = await get<Record<string, unknown> & { version: number }>(
      `/api/firms/${firm.id}`,
    );
    const other = (await get<{ items: { id: number }[] }>('/api/chains')).items.find(
      (item) => item.id !== chain.id,
    );
    const answer = await page.evaluate(
      async ({ id, body }) => {
        const response = await fetch(`/api/firms/${id}`, {
          method: 'PUT',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        return { status: response.status, body: (await response.json()) as unknown };
      },
      {
        id: firm.id,
        body: {
          name: firmName,
          nameEn: null,
          creditCode: null,
          parkId: null,
          chainIds: [chain.id, other?.id],
          revenueBand: 'under_100m',
          revenueYi: null,
          tags: [],
          foundedYear: null,
          employees: null,
          version: record.version,
        },
      },
    );
    expect(answer).toEqual({
      status: 403,
      body: {
        error: { code: 'forbidden', message: 'You may change only the chains of your task force' },
      },
    });
  });
});
