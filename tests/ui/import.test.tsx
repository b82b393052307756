import { screen, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { firms } from '@server/db/schema';
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
