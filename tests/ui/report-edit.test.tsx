import { screen, waitFor, within } from '@testing-library/react';
import { eq } from 'drizzle-orm';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { cityDay } from '@server/contract/city-time';
import { statusReports } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { firstChain } from '../support/sample-chains';

/* The main path (a report written and shown on the chain page) is in record-edit.test.tsx. */

const api = setupApiServer();

describe('writing a status report', () => {
  it('shows a field message of the server’s 400 next to its field and keeps what was typed', async () => {
    const chain = await firstChain(api.db);
    // The contract's rules run in the form too; a rule only the server knows (a newer server,
    // say) still answers per field, and that answer must land on the field.
    api.server.use(
      http.post(`*/api/chains/${chain.id}/status-reports`, () =>
        HttpResponse.json(
          {
            error: {
              code: 'invalid_request',
              message: 'Invalid request: title',
              fields: { title: 'must be at most 10 characters' },
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '填报专班动态' }));
    const dialog = await screen.findByRole('dialog', { name: '填报专班动态' });
    // New reports and problems start on today's date: replaced here.
    await user.clear(within(dialog).getByLabelText('填报日期'));
    await user.type(within(dialog).getByLabelText('填报日期'), '2026-06-14');
    await user.type(
      within(dialog).getByRole('textbox', { name: '标题' }),
      '本周专班例会纪要与下阶段安排',
    );
    await user.type(
      within(dialog).getByRole('textbox', { name: '内容' }),
      '协调三家链上企业配套。',
    );
    await user.click(within(dialog).getByRole('button', { name: '保存' }));

    const title = within(dialog).getByRole('textbox', { name: '标题' });
    await waitFor(() => expect(title).toHaveAccessibleDescription('最多 10 个字符。'));
    expect(title).toHaveFocus();
    expect(title).toHaveValue('本周专班例会纪要与下阶段安排');
    expect(within(dialog).getByRole('textbox', { name: '内容' })).not.toHaveAttribute(
      'aria-invalid',
    );
    const saved = await api.db
      .select()
      .from(statusReports)
      .where(eq(statusReports.title, '本周专班例会纪要与下阶段安排'));
    expect(saved).toHaveLength(0);
  });

  it('starts on today’s date in the city’s time zone, so it saves without typing one', async () => {
    const chain = await firstChain(api.db);
    const today = cityDay(new Date());
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '填报专班动态' }));
    const dialog = await screen.findByRole('dialog', { name: '填报专班动态' });
    expect(within(dialog).getByLabelText('填报日期')).toHaveValue(today);
    await user.type(within(dialog).getByRole('textbox', { name: '标题' }), '今日专班例会');
    await user.type(within(dialog).getByRole('textbox', { name: '内容' }), '议定三项配套。');
    await user.click(within(dialog).getByRole('button', { name: '保存' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    const [saved] = await api.db
      .select()
      .from(statusReports)
      .where(eq(statusReports.title, '今日专班例会'));
    expect(saved?.reportedOn).toBe(today);
  });
});

describe('dates of new records', () => {
  it('a new project starts signed today and a new problem raised today, in the city’s time', async () => {
    const chain = await firstChain(api.db);
    const today = cityDay(new Date());
    const { user } = renderApp(`/chains/${chain.id}`);
    await user.click(await screen.findByRole('button', { name: '新增项目' }));
    const project = await screen.findByRole('dialog', { name: '新增项目' });
    expect(within(project).getByLabelText('签约日期')).toHaveValue(today);
    await user.click(within(project).getByRole('button', { name: '取消' }));
    await user.click(screen.getByRole('button', { name: '登记企业问题' }));
    const problem = await screen.findByRole('dialog', { name: '登记企业问题' });
    expect(within(problem).getByLabelText('收集日期')).toHaveValue(today);
  });
});
