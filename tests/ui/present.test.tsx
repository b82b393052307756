import { act, screen, within } from '@testing-library/react';
import { and, asc, count, eq, isNull } from 'drizzle-orm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { chainLinks, chainSegments, chains, projects } from '@server/db/schema';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';

const api = setupApiServer();

afterEach(() => {
  vi.useRealTimers();
});

const threeChains = 'chains=new-display,drones,ai';

/** The slide on screen, by its title. */
function slideTitle() {
  return screen.getByRole('heading', { level: 1 }).textContent;
}

async function findSlide(title: string | RegExp) {
  return screen.findByRole('heading', { level: 1, name: title });
}

/** Moves the fake clock on, letting React render what the timers did. */
async function wait(ms: number) {
  await act(async () => {
    await vi.advanceTimersByTimeAsync(ms);
  });
}

describe('presentation keys', () => {
  it('each key does what it says, and Esc goes back to the setup', async () => {
    const { user, history } = renderApp(`/present?play=true&seconds=600&${threeChains}`);
    await findSlide(/产业链总览/);
    expect(screen.getByRole('status')).toHaveTextContent('第 1 页，共 4 页：全市总览');

    await user.keyboard('{ArrowRight}');
    expect(slideTitle()).toBe('新型显示');
    expect(screen.getByRole('status')).toHaveTextContent('第 2 页，共 4 页：新型显示');
    await user.keyboard('{ArrowLeft}');
    expect(slideTitle()).toMatch(/产业链总览/);
    // Loops by default: back from the first is the last.
    await user.keyboard('{ArrowLeft}');
    expect(slideTitle()).toBe('人工智能');
    await user.keyboard('{Home}');
    expect(slideTitle()).toMatch(/产业链总览/);
    await user.keyboard('{End}');
    expect(slideTitle()).toBe('人工智能');
    await user.keyboard('3');
    expect(slideTitle()).toBe('无人机');
    await user.keyboard('9');
    expect(slideTitle()).toBe('无人机');

    const controls = screen.getByRole('group', { name: '演示控制' });
    await user.keyboard(' ');
    expect(within(controls).getByRole('button', { name: '继续' })).toBeVisible();
    await user.keyboard(' ');
    expect(within(controls).getByRole('button', { name: '暂停' })).toBeVisible();

    await user.keyboard('{Escape}');
    expect(await screen.findByRole('heading', { level: 1, name: '演示设置' })).toBeVisible();
    expect(history.location.search).not.toMatch(/play=/);
    expect(history.location.search).toContain('chains=new-display');
  });

  it('has named buttons for everything the keys do', async () => {
    const { user } = renderApp(`/present?play=true&seconds=600&${threeChains}`);
    await findSlide(/产业链总览/);
    const controls = screen.getByRole('group', { name: '演示控制' });

    await user.click(within(controls).getByRole('button', { name: '下一页' }));
    expect(slideTitle()).toBe('新型显示');
    await user.click(within(controls).getByRole('button', { name: '上一页' }));
    expect(slideTitle()).toMatch(/产业链总览/);
    await user.click(within(controls).getByRole('button', { name: '暂停' }));
    expect(within(controls).getByRole('button', { name: '继续' })).toBeVisible();
    await user.click(within(controls).getByRole('button', { name: '退出演示' }));
    expect(await screen.findByRole('heading', { level: 1, name: '演示设置' })).toBeVisible();
  });

  it('refuses bad URL values and presents with the defaults instead', async () => {
    renderApp('/present?play=true&seconds=0&slides=overview,videos&loop=maybe&times=ai:0');
    await findSlide(/产业链总览/);
    // Every chain, one slide each after the city.
    expect(screen.getByRole('status')).toHaveTextContent('第 1 页，共 13 页');
  });
});

describe('presentation clock', () => {
  it('gives each slide its own time', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    renderApp(
      `/present?play=true&seconds=5&times=overview:2,new-display:8&${threeChains}&loop=false`,
    );
    await findSlide(/产业链总览/);

    await wait(2100);
    expect(slideTitle()).toBe('新型显示');
    await wait(7000);
    expect(slideTitle()).toBe('新型显示');
    await wait(1100);
    expect(slideTitle()).toBe('无人机');
    await wait(4000);
    expect(slideTitle()).toBe('无人机');
    await wait(1100);
    expect(slideTitle()).toBe('人工智能');
  });

  it('stops at the end unless it loops', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const once = renderApp(`/present?play=true&seconds=2&chains=ai&loop=false`);
    await findSlide(/产业链总览/);
    await wait(2100);
    expect(slideTitle()).toBe('人工智能');
    await wait(6000);
    expect(slideTitle()).toBe('人工智能');
    expect(screen.getByText(/演示结束/)).toBeVisible();
    once.unmount();

    renderApp(`/present?play=true&seconds=2&chains=ai`);
    await findSlide(/产业链总览/);
    await wait(2100);
    expect(slideTitle()).toBe('人工智能');
    await wait(2100);
    expect(slideTitle()).toMatch(/产业链总览/);
  });

  it('pause stops the clock and resume goes on with the time that was left', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const { user } = renderApp(`/present?play=true&seconds=4&${threeChains}`);
    await findSlide(/产业链总览/);

    await wait(2000);
    await user.keyboard(' ');
    await wait(30_000);
    expect(slideTitle()).toMatch(/产业链总览/);

    await user.keyboard(' ');
    await wait(1500);
    expect(slideTitle()).toMatch(/产业链总览/);
    await wait(700);
    expect(slideTitle()).toBe('新型显示');
  });
});

describe('presentation setup', () => {
  it('writes the chosen chains, slides and times into a link that starts the presentation', async () => {
    const { user, history } = renderApp('/present');
    expect(await screen.findByRole('heading', { level: 1, name: '演示设置' })).toBeVisible();

    await user.click(screen.getByRole('checkbox', { name: '重大项目' }));
    await user.click(screen.getByRole('checkbox', { name: '核技术应用' }));
    await user.click(screen.getByRole('button', { name: '无人机上移' }));
    await user.click(screen.getByRole('checkbox', { name: '播完后从头循环' }));
    const perSlide = screen.getByRole('group', { name: /各页时长/ });
    await user.type(within(perSlide).getByRole('spinbutton', { name: /^全市总览/ }), '45');

    const link = screen.getByRole('textbox', { name: '演示链接' });
    const url = new URL((link as HTMLInputElement).value);
    expect(url.pathname).toBe('/present');
    expect(url.searchParams.get('play')).toBe('true');
    expect(url.searchParams.get('slides')).toBe('overview,chain,projects');
    expect(url.searchParams.get('loop')).toBe('false');
    expect(url.searchParams.get('times')).toBe('overview:45');
    expect(url.searchParams.get('chains')?.split(',').slice(0, 3)).toEqual([
      'new-display',
      'drones',
      'laser-tech',
    ]);

    await user.click(screen.getByRole('button', { name: '开始演示' }));
    await findSlide(/产业链总览/);
    expect(history.location.search).toContain('play=true');
    // 11 chains with two slides each, after the city.
    expect(screen.getByRole('status')).toHaveTextContent('第 1 页，共 23 页');
  });
});

describe('projector theme', () => {
  it('is chosen for the whole app in the header, remembered, and always on while presenting', async () => {
    const first = renderApp('/');
    const display = await screen.findByRole('combobox', { name: '显示' });
    expect(document.documentElement.dataset.theme).toBe('standard');
    await first.user.selectOptions(display, '投影（深色）');
    expect(document.documentElement.dataset.theme).toBe('projector-dark');
    first.unmount();

    const again = renderApp('/');
    expect(await screen.findByRole('combobox', { name: '显示' })).toHaveValue('projector-dark');
    expect(document.documentElement.dataset.theme).toBe('projector-dark');
    await again.user.selectOptions(screen.getByRole('combobox', { name: '显示' }), '标准');
    again.unmount();

    // The presentation imposes the projector theme, dark when its link asks, and gives it back.
    const presenting = renderApp('/present?play=true&seconds=600&chains=ai&dark=true');
    await findSlide(/产业链总览/);
    expect(document.documentElement.dataset.theme).toBe('projector-dark');
    await presenting.user.keyboard('{Escape}');
    await screen.findByRole('heading', { level: 1, name: '演示设置' });
    expect(document.documentElement.dataset.theme).toBe('projector-dark');
    await presenting.user.click(screen.getByRole('checkbox', { name: /深色投影主题/ }));
    expect(document.documentElement.dataset.theme).toBe('projector');
    await presenting.user.click(
      within(screen.getByRole('navigation')).getByRole('link', { name: '总览' }),
    );
    await screen.findByRole('heading', { level: 1, name: '产业链总览' });
    expect(document.documentElement.dataset.theme).toBe('standard');
  });
});

describe('slides that have more than they can show', () => {
  it('the map slide shows a long segment in two columns and names the links beyond, with their strength', async () => {
    const [segment] = await api.db
      .select()
      .from(chainSegments)
      .innerJoin(chains, eq(chains.id, chainSegments.chainId))
      .where(eq(chains.code, 'ai'))
      .orderBy(asc(chainSegments.sortOrder))
      .limit(1);
    if (!segment) throw new Error('the sample has no segments');
    const live = await api.db
      .select({ id: chainLinks.id })
      .from(chainLinks)
      .where(
        and(eq(chainLinks.segmentId, segment.chain_segments.id), isNull(chainLinks.withdrawnAt)),
      );
    // Enough links that the segment has two more than its two columns of six show.
    for (let index = live.length; index < 14; index += 1) {
      await api.db.insert(chainLinks).values({
        segmentId: segment.chain_segments.id,
        chainId: segment.chain_segments.chainId,
        name: `补充环节${index}`,
        strength: 'missing',
        sortOrder: 100 + index,
      });
    }

    renderApp('/present?play=true&seconds=600&chains=ai&slides=map');
    await findSlide(/产业链图谱/);
    const more = await screen.findByText(/^另有 2 个：.+（缺失）和.+（缺失）$/);
    expect(more).toBeVisible();
    const column = more.closest('section');
    if (!column) throw new Error('the remainder is outside its segment');
    expect(within(column).getAllByRole('listitem')).toHaveLength(12);
  });

  it('names how many projects the projects slide leaves out', async () => {
    const rows = await api.db
      .select({ code: chains.code, projects: count() })
      .from(projects)
      .innerJoin(chains, eq(chains.id, projects.chainId))
      .where(isNull(projects.withdrawnAt))
      .groupBy(chains.code);
    const busiest = rows.toSorted((a, b) => b.projects - a.projects)[0];
    if (!busiest || busiest.projects <= 8) throw new Error('no chain has more than 8 projects');

    renderApp(`/present?play=true&seconds=600&chains=${busiest.code}&slides=projects`);
    await findSlide(/重大项目/);
    expect(
      await screen.findByText(
        `按投资额列出前 8 个；另有 ${busiest.projects - 8} 个项目未列出，见项目列表。`,
      ),
    ).toBeVisible();
  });
});
