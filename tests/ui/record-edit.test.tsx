import { screen, waitFor, within } from '@testing-library/react';
import { and, asc, desc, eq } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  chainLinkFirms,
  chainLinks,
  indicatorValues,
  indicators,
  problems,
  projects,
  statusReports,
} from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain, type ChainRef } from '../support/sample-chains';

const api = setupApiServer();
let chain: ChainRef;

beforeAll(async () => {
  chain = await firstChain(api.db);
});

describe('projects', () => {
  it('moves a project to its next stage from the project page', async () => {
    const [project] = await api.db
      .select()
      .from(projects)
      .where(and(eq(projects.chainId, chain.id), eq(projects.stage, 'signed')))
      .limit(1);
    if (!project) throw new Error('no signed project');
    const { user } = renderApp(`/projects/${project.id}`);
    await user.click(await screen.findByRole('button', { name: '编辑项目' }));
    const dialog = await screen.findByRole('dialog', { name: '编辑项目' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '所处阶段' }), '已开工');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    // A started project needs its start date: the form says so next to the field.
    const started = within(dialog).getByLabelText('开工日期');
    expect(started).toHaveAccessibleDescription('在当前状态下必填。');
    await user.type(started, '2026-06-01');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db.select().from(projects).where(eq(projects.id, project.id));
    expect(saved).toMatchObject({
      stage: 'started',
      startedOn: '2026-06-01',
      version: project.version + 1,
    });
  });
});

describe('firm problems', () => {
  it('records a problem on the chain page, then assigns it on its page', async () => {
    const first = renderApp(`/chains/${chain.id}`);
    await first.user.click(await screen.findByRole('button', { name: '登记企业问题' }));
    const add = await screen.findByRole('dialog', { name: '登记企业问题' });
    await first.user.type(within(add).getByRole('textbox', { name: '问题' }), '高端人才公寓不足');
    await first.user.type(within(add).getByRole('textbox', { name: '问题类别' }), '人才');
    // New reports and problems start on today's date: replaced here.
    await first.user.clear(within(add).getByLabelText('收集日期'));
    await first.user.type(within(add).getByLabelText('收集日期'), '2026-06-10');
    await first.user.click(within(add).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [problem] = await api.db
      .select()
      .from(problems)
      .where(eq(problems.title, '高端人才公寓不足'));
    expect(problem).toMatchObject({ chainId: chain.id, status: 'open', category: '人才' });
    first.unmount();

    // Its page takes it on from there: 交办, the first step of its handling.
    const { user } = renderApp(`/problems/${problem?.id}`);
    const flow = await screen.findByRole('region', { name: '办理进度' });
    await user.click(await within(flow).findByRole('button', { name: '交办' }));
    const dialog = await screen.findByRole('dialog', { name: '交办问题：责任部门与办理时限' });
    const owner = within(dialog).getByRole('combobox', { name: '责任部门（交办）' });
    await user.selectOptions(owner, within(owner).getAllByRole('option')[1] as HTMLOptionElement);
    await user.type(within(dialog).getByLabelText('办理时限'), '2026-07-10');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [assigned] = await api.db
      .select()
      .from(problems)
      .where(eq(problems.id, problem?.id ?? 0));
    expect(assigned).toMatchObject({
      status: 'assigned',
      deadline: '2026-07-10',
      handlingStage: 'awaiting_acceptance',
    });
  });
});

describe('status reports, chain links and indicators', () => {
  it('adds a status report shown on the chain page', async () => {
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '填报专班动态' }));
    const dialog = await screen.findByRole('dialog', { name: '填报专班动态' });
    // New reports and problems start on today's date: replaced here.
    await user.clear(within(dialog).getByLabelText('填报日期'));
    await user.type(within(dialog).getByLabelText('填报日期'), '2026-06-14');
    await user.type(within(dialog).getByRole('textbox', { name: '标题' }), '本周专班例会纪要');
    await user.type(
      within(dialog).getByRole('textbox', { name: '内容' }),
      '协调三家链上企业配套。',
    );
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const reports = await screen.findByRole('region', { name: '专班动态' });
    expect(
      await within(reports).findByText('本周专班例会纪要', { selector: 'p' }),
    ).toBeInTheDocument();
    const [report] = await api.db
      .select()
      .from(statusReports)
      .where(eq(statusReports.chainId, chain.id))
      .orderBy(desc(statusReports.id))
      .limit(1);
    expect(report).toMatchObject({ title: '本周专班例会纪要', body: '协调三家链上企业配套。' });
  });

  it('says so when a save whose answer was lost is sent again with other content', async () => {
    // The first save reaches the server and lands; its answer never reaches the browser.
    let lost = false;
    api.server.use(
      http.post('*/api/chains/:id/status-reports', async ({ request }) => {
        if (lost) return undefined;
        lost = true;
        const headers = new Headers(request.headers);
        headers.set('cookie', api.cookie());
        await api.app.fetch(new Request(request, { headers }));
        return HttpResponse.error();
      }),
    );
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '填报专班动态' }));
    const dialog = await screen.findByRole('dialog', { name: '填报专班动态' });
    // New reports and problems start on today's date: replaced here.
    await user.clear(within(dialog).getByLabelText('填报日期'));
    await user.type(within(dialog).getByLabelText('填报日期'), '2026-06-15');
    const title = within(dialog).getByRole('textbox', { name: '标题' });
    await user.type(title, '答复丢失的动态');
    await user.type(within(dialog).getByRole('textbox', { name: '内容' }), '第一次提交。');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByRole('alert')).toBeInTheDocument();
    // Changed, then saved again with the same create's key: not a second, silent record.
    await user.type(title, '（改）');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(
      await within(dialog).findByText(/上次保存时已经提交成功/, { selector: '[role="alert"]' }),
    ).toBeInTheDocument();
    const saved = await api.db
      .select()
      .from(statusReports)
      .where(eq(statusReports.chainId, chain.id))
      .orderBy(desc(statusReports.id))
      .limit(1);
    expect(saved[0]?.title).toBe('答复丢失的动态');
  });

  it('changes a link’s strength and its firms', async () => {
    const [link] = await api.db
      .select()
      .from(chainLinks)
      .where(eq(chainLinks.chainId, chain.id))
      .limit(1);
    if (!link) throw new Error('no link');
    const { user } = renderApp(`/chains/${chain.id}?link=${link.id}`);
    await user.click(await screen.findByRole('button', { name: `编辑环节 ${link.name}` }));
    const dialog = await screen.findByRole('dialog', { name: `编辑环节 ${link.name}` });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: '环节强弱' }), '缺失');
    const firms = within(dialog).getByRole('group', { name: '环节企业' });
    // The link's firms are the chips above the search; the search's matches are checkboxes.
    const chosen = () => within(dialog).queryAllByRole('button', { name: /^移出/ }).length;
    const chosenBefore = chosen();
    const firstUnchecked = within(firms)
      .getAllByRole('checkbox')
      .find((box) => !(box as HTMLInputElement).checked);
    if (firstUnchecked) await user.click(firstUnchecked);
    expect(chosen()).toBe(chosenBefore + (firstUnchecked ? 1 : 0));
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db.select().from(chainLinks).where(eq(chainLinks.id, link.id));
    expect(saved?.strength).toBe('missing');
    const members = await api.db
      .select()
      .from(chainLinkFirms)
      .where(eq(chainLinkFirms.linkId, link.id));
    expect(members).toHaveLength(chosenBefore + (firstUnchecked ? 1 : 0));
  });

  it('enters a new quarter of an indicator', async () => {
    const [indicator] = await api.db
      .select()
      .from(indicators)
      .where(eq(indicators.chainId, chain.id))
      .orderBy(asc(indicators.sortOrder))
      .limit(1);
    if (!indicator) throw new Error('no indicator');
    const { user } = renderApp(`/chains/${chain.id}`);
    const button = await screen.findByRole('button', { name: `录入“${indicator.name}”数据` });
    await user.click(button);
    const dialog = await screen.findByRole('dialog', { name: `录入“${indicator.name}”数据` });
    const period = within(dialog).getByRole('textbox', { name: '季度' });
    await user.clear(period);
    await user.type(period, '2031Q1');
    // The as-of day must fall in the quarter: the form says so before sending.
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    const asOf = within(dialog).getByLabelText('数据截至');
    expect(asOf).toHaveAccessibleDescription(expect.stringContaining('2031-01-01 to 2031-03-31'));
    await user.clear(asOf);
    await user.type(asOf, '2031-03-31');
    const source = within(dialog).getByRole('textbox', { name: '数据来源' });
    await user.clear(source);
    await user.type(source, '企业填报');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db
      .select()
      .from(indicatorValues)
      .where(
        and(eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.period, '2031Q1')),
      );
    expect(saved).toMatchObject({ version: 1, asOf: '2031-03-31', source: '企业填报' });
    expect(saved?.enteredBy).toBe(api.user?.id);
  });

  it('says a quarter is locked before the editor saves, and why a save was refused', async () => {
    const [indicator] = await api.db
      .select()
      .from(indicators)
      .where(eq(indicators.chainId, chain.id))
      .orderBy(asc(indicators.sortOrder))
      .limit(1);
    if (!indicator) throw new Error('no indicator');
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: `录入“${indicator.name}”数据` }));
    const dialog = await screen.findByRole('dialog', { name: `录入“${indicator.name}”数据` });
    const period = within(dialog).getByRole('textbox', { name: '季度' });
    // 2026Q1 ended on 2026-03-31: locked since 2026-04-16 on the sample's day, 2026-06-15.
    await user.clear(period);
    await user.type(period, '2026Q1');
    await waitFor(() =>
      expect(period).toHaveAccessibleDescription(
        expect.stringContaining('2026Q1 已于 2026-04-16 锁定'),
      ),
    );
    await user.clear(period);
    await user.type(period, '2026Q2');
    expect(period).not.toHaveAccessibleDescription(expect.stringContaining('锁定'));
    await user.clear(period);
    await user.type(period, '2026Q1');
    const value = within(dialog).getByRole('spinbutton', { name: '实际值' });
    await user.clear(value);
    await user.type(value, '1');
    // A valid figure of that quarter in every other way (the form starts from the latest one).
    const asOf = within(dialog).getByLabelText('数据截至');
    await user.clear(asOf);
    await user.type(asOf, '2026-03-31');
    const source = within(dialog).getByRole('textbox', { name: '数据来源' });
    await user.clear(source);
    await user.type(source, '统计局月报');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      '该季度已锁定，数据没有保存',
    );
    const [stored] = await api.db
      .select()
      .from(indicatorValues)
      .where(
        and(eq(indicatorValues.indicatorId, indicator.id), eq(indicatorValues.period, '2026Q1')),
      );
    expect(stored?.value).not.toBe(1);
  });
});
