import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

setupApiServer();

describe('language', () => {
  it('is Chinese by default and switches the whole page to English', async () => {
    const { user } = renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    expect(document.documentElement.lang).toBe('zh-CN');
    const nav = screen.getByRole('navigation', { name: '主导航' });
    expect(within(nav).getByRole('link', { name: '总览' })).toHaveAttribute('aria-current', 'page');

    await user.selectOptions(screen.getByRole('combobox', { name: '语言' }), 'English');

    // English strings load when chosen.
    expect(await screen.findByRole('heading', { level: 1, name: 'Chains overview' })).toBeVisible();
    await waitFor(() => expect(document.documentElement.lang).toBe('en-US'));
    expect(document.title).toBe('Industrial Chain Leader Dashboard');
    const englishNav = screen.getByRole('navigation', { name: 'Main' });
    expect(within(englishNav).getByRole('link', { name: 'Firms' })).toBeVisible();
    expect(screen.getByRole('combobox', { name: 'Language' })).toHaveValue('en-US');
  });

  it('opens in the language chosen on the last visit', async () => {
    const first = renderApp('/');
    await first.user.selectOptions(await screen.findByRole('combobox', { name: '语言' }), 'en-US');
    first.unmount();

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: 'Chains overview' })).toBeVisible();
  });

  it('ignores a remembered value that is not a language', async () => {
    localStorage.setItem(
      'chainboard.ui',
      JSON.stringify({ state: { language: 'fr' }, version: 1 }),
    );

    renderApp('/');

    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
  });
});

describe('unknown addresses', () => {
  it('shows the not-found page with a link back to the overview', async () => {
    const { user } = renderApp('/no-such-page');

    expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();

    await user.click(screen.getByRole('link', { name: '返回总览' }));

    expect(await screen.findByRole('heading', { level: 1, name: '产业链总览' })).toBeVisible();
    expect(await screen.findByRole('table', { name: '战略性新兴产业' })).toBeInTheDocument();
  });

  it.each(['/firms/abc', '/chains/0', '/parks/1e3', '/projects/-4'])(
    'shows not found for the malformed id in %s',
    async (url) => {
      renderApp(url);
      expect(await screen.findByRole('heading', { level: 1, name: '页面不存在' })).toBeVisible();
    },
  );
});
