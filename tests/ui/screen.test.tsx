import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { networkError } from '@mocks/faults';
import { screenKeys } from '@/features/screen/api/keys';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

const api = setupApiServer();

const panels = ['核心指标', '12 条产业链运行状态', '补链招商', '问题办理', '重大项目'];

describe('驾驶舱大屏', () => {
  it('shows every panel with its title and its figures’ date, the clock and 数据截至', async () => {
    renderApp('/screen');
    for (const title of panels) {
      const panel = await screen.findByRole('region', { name: title });
      expect(within(panel).getByText(/^截至 /)).toBeInTheDocument();
    }
    expect(screen.getByRole('region', { name: /园区分布示意图/ })).toBeInTheDocument();
    expect(screen.getByText(/^数据截至 /)).toBeInTheDocument();
    expect(screen.getByLabelText('现在时间')).toBeInTheDocument();
    expect(screen.getByRole('note')).toHaveTextContent('示例数据');
    expect(screen.getByRole('region', { name: '预警' })).toBeInTheDocument();
    // A kiosk: no app header, no navigation.
    expect(screen.queryByRole('navigation')).not.toBeInTheDocument();
  });

  it('keeps the last data and says so in a corner when the server cannot be reached', async () => {
    const { queryClient } = renderApp('/screen');
    await screen.findByRole('region', { name: '重大项目' });
    api.server.use(networkError());
    await queryClient.refetchQueries({ queryKey: screenKeys.version() });
    expect(await screen.findByRole('status')).toHaveTextContent(/无法连接服务器/);
    expect(screen.getByRole('region', { name: '重大项目' })).toBeInTheDocument();
    expect(screen.getByRole('region', { name: '核心指标' })).toBeInTheDocument();
  });

  it('refetches the panels when the data version changes, and only then', async () => {
    let screenReads = 0;
    let dataVersion = 1;
    api.server.use(
      http.get('*/api/screen/version', () =>
        HttpResponse.json({ dataVersion, asOf: '2026-06-15' }),
      ),
      http.get('*/api/screen', () => {
        screenReads += 1;
        return undefined;
      }),
    );
    const { queryClient } = renderApp('/screen');
    await screen.findByRole('region', { name: '重大项目' });
    await waitFor(() => expect(queryClient.getQueryData(screenKeys.version())).toBeDefined());
    const readsBefore = screenReads;
    await queryClient.refetchQueries({ queryKey: screenKeys.version() });
    expect(screenReads).toBe(readsBefore);
    dataVersion = 2;
    await queryClient.refetchQueries({ queryKey: screenKeys.version() });
    await waitFor(() => expect(screenReads).toBe(readsBefore + 1));
    expect(screen.getByRole('region', { name: '重大项目' })).toBeInTheDocument();
  });
});
