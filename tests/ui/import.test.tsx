import { screen, within } from '@testing-library/react';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import {
  chainLinks,
  chains,
  departments,
  firms,
  leads,
  projects,
  targetFirms,
  taskForceMembers,
} from '@server/db/schema';
import { importFile } from '../api/support/import-files';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

const api = setupApiServer();

describe('importing firms', () => {
  it('previews a file with a bad row, then imports the corrected file', async () => {
    const chain = await firstChain(api.db);
    const row = {
      name: '界面测试导入企业',
      creditCode: '91510703MA6EXAMP10',
      chainIds: chain?.name ?? '',
      revenueBand: '十亿级',
    };
    const asFile = async (rows: Record<string, string>[]) =>
      new File([(await importFile('firms', rows)) as Uint8Array<ArrayBuffer>], 'firms.csv', {
        type: 'text/csv',
      });

    const { user } = renderApp('/firms');
    await user.click(await screen.findByRole('button', { name: '导入企业' }));
    const dialog = await screen.findByRole('dialog', { name: '导入企业' });
    const input = await within(dialog).findByLabelText('选择文件（.xlsx 或 .csv）');
    await user.upload(
      input,
      await asFile([
        { ...row, revenueBand: '很大' },
        { ...row, name: '界面测试导入企业乙', creditCode: '123' },
      ]),
    );

    const problems = await within(dialog).findByRole('table', { name: /2 个问题/ });
    expect(
      within(problems).getByRole('row', { name: /2 营收规模 “很大”不是可选的值/ }),
    ).toBeVisible();
    // The contract's English field message, in the reader's language.
    expect(
      within(problems).getByRole('row', {
        name: /3 统一社会信用代码 请填写有效的 18 位统一社会信用代码/,
      }),
    ).toBeVisible();
    expect(within(dialog).queryByRole('button', { name: /^导入 \d+ 条$/ })).toBeNull();

    await user.upload(input, await asFile([row]));
    await user.click(await within(dialog).findByRole('button', { name: '导入 1 条' }));
    expect(await within(dialog).findByText('导入完成：新增 1 条，更新 0 条。')).toBeVisible();
    const [stored] = await api.db.select().from(firms).where(eq(firms.name, row.name));
    expect(stored).toMatchObject({ revenueBand: 'over_1b', version: 1 });
  });
});

describe('importing leads', () => {
  it('names a row’s unknown owner, then signs the lead and makes its project', async () => {
    const [lead] = await api.db
      .select({
        id: leads.id,
        chain: chains.name,
        firm: targetFirms.name,
        link: chainLinks.name,
        member: taskForceMembers.name,
        department: departments.name,
        identifiedOn: leads.identifiedOn,
        contactedOn: leads.contactedOn,
        visitedOn: leads.visitedOn,
        negotiatingOn: leads.negotiatingOn,
        action: leads.action,
      })
      .from(leads)
      .innerJoin(chains, eq(chains.id, leads.chainId))
      .innerJoin(targetFirms, eq(targetFirms.id, leads.targetFirmId))
      .innerJoin(chainLinks, eq(chainLinks.id, leads.linkId))
      .leftJoin(taskForceMembers, eq(taskForceMembers.id, leads.ownerMemberId))
      .leftJoin(departments, eq(departments.id, leads.ownerDepartmentId))
      .where(and(eq(leads.stage, 'negotiating'), isNull(leads.withdrawnAt)))
      .orderBy(asc(leads.id))
      .limit(1);
    if (!lead) throw new Error('the sample has no lead at 洽谈');
    const row = {
      chainId: lead.chain,
      targetFirmId: lead.firm,
      link: lead.link,
      action: lead.action,
      owner: lead.member ?? lead.department ?? '',
      stage: '签约',
      identifiedOn: lead.identifiedOn,
      contactedOn: lead.contactedOn ?? '',
      visitedOn: lead.visitedOn ?? '',
      negotiatingOn: lead.negotiatingOn ?? '',
      signedOn: lead.negotiatingOn ?? '',
      expectedInvestmentYi: '6.5',
    };
    const asFile = async (rows: Record<string, string>[]) =>
      new File([(await importFile('leads', rows)) as Uint8Array<ArrayBuffer>], 'leads.csv', {
        type: 'text/csv',
      });

    const { user } = renderApp('/investment/leads');
    await user.click(await screen.findByRole('button', { name: '导入招商线索' }));
    const dialog = await screen.findByRole('dialog', { name: '导入招商线索' });
    const input = await within(dialog).findByLabelText('选择文件（.xlsx 或 .csv）');
    await user.upload(input, await asFile([{ ...row, owner: '无此部门' }]));
    const problems = await within(dialog).findByRole('table', { name: /1 个问题/ });
    expect(within(problems).getByRole('row', { name: /2 负责人 找不到“无此部门”/ })).toBeVisible();

    await user.upload(input, await asFile([row]));
    await user.click(await within(dialog).findByRole('button', { name: '导入 1 条' }));
    expect(await within(dialog).findByText('导入完成：新增 0 条，更新 1 条。')).toBeVisible();
    const [stored] = await api.db.select().from(leads).where(eq(leads.id, lead.id));
    expect(stored).toMatchObject({ stage: 'signed', expectedInvestmentYi: 6.5 });
    const [project] = await api.db
      .select()
      .from(projects)
      .where(eq(projects.id, stored?.projectId ?? 0));
    expect(project).toMatchObject({ origin: 'investment_promotion', investmentYi: 6.5 });
  });
});
