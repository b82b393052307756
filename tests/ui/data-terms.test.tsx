import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { chainDetailSchema, chainListSchema } from '@server/contract/chains';
import { PROBLEM_CATEGORIES } from '@server/db/sample/problem-texts';
import { eq } from 'drizzle-orm';
import { problems } from '@server/db/schema';
import { chains as chainWords } from '@/locales/en-US/chains';
import { problems as problemWords } from '@/locales/en-US/problems';
import { setupApiServer } from '../support/api-server';
import { renderApp } from '../support/render-app';
import { fetchApi } from '../support/zh-words';

const api = setupApiServer();

const han = /\p{Script=Han}/u;

/** The text of one column of a table's body rows. */
function columnText(table: HTMLElement, header: string) {
  const headers = within(table).getAllByRole('columnheader');
  const index = headers.findIndex((cell) => cell.textContent?.trim() === header);
  if (index < 0) throw new Error(`No column ${header}`);
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[index]?.textContent ?? '');
}

describe('vocabularies the data holds in Chinese, on an English page', () => {
  it('names every problem category of the sample city in English', async () => {
    const categories = PROBLEM_CATEGORIES.map((category) => category.name);
    const english = problemWords.categories as Record<string, string>;
    expect(Object.keys(english).toSorted()).toEqual(categories.toSorted());

    renderApp('/problems', { language: 'en-US' });
    const table = await screen.findByRole('table', { name: 'Firm problems' });
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
    const shown = columnText(table, 'Category');
    expect(shown.length).toBeGreaterThan(1);
    for (const text of shown) {
      expect(text).not.toMatch(han);
      expect(Object.values(english)).toContain(text);
    }
  });

  it('names the task force members’ roles in English', async () => {
    const [first] = chainListSchema.parse(await fetchApi('/api/chains')).items;
    if (!first) throw new Error('The sample city has no chain');
    const chain = chainDetailSchema.parse(await fetchApi(`/api/chains/${first.id}`));
    const roles = chainWords.taskForceRoles as Record<string, string>;
    const expected = (chain.fiveOnes.task_force.taskForce?.members ?? []).map(
      (member) => roles[member.role],
    );
    expect(expected.length).toBeGreaterThan(1);

    renderApp(`/chains/${first.id}`, { language: 'en-US' });
    const table = await screen.findByRole('table', { name: 'Task force members' });
    expect(columnText(table, 'Role')).toEqual(expected);
  });

  it('shows a term the locales do not know as recorded, marked as Chinese', async () => {
    const [problem] = await api.db.select({ id: problems.id }).from(problems).limit(1);
    if (!problem) throw new Error('The sample city has no problem');
    // Free text is allowed in the category, so the data may hold a word no locale has.
    await api.db.update(problems).set({ category: '环保' }).where(eq(problems.id, problem.id));

    renderApp(`/problems/${problem.id}`, { language: 'en-US' });
    const term = await screen.findByText('环保');
    expect(term).toHaveAttribute('lang', 'zh-CN');
  });
});
