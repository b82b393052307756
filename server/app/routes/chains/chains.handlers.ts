import { eq } from 'drizzle-orm';
import { chains } from '../../../db/schema';
import { cityToday, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { noFiveOnes, loadFiveOnesStates } from '../../queries/five-ones';
import { firstRow } from '../../queries/sql';
import { loadChainSections } from './chain-detail.queries';
import { toChainDetail } from './chain-detail';
import { loadChainIndicators } from './chain-indicators';
import { findChains, selectChains, toChainFields } from './chains.queries';
import type * as routes from './chains.routes';

export const list: AppRouteHandler<typeof routes.list> = async (c) => {
  const [rows, fiveOnesStates] = await Promise.all([
    findChains(c.var.db, c.req.valid('query')),
    loadFiveOnesStates(c.var.db),
  ]);
  const items = rows.map((row) => ({
    ...toChainFields(row),
    fiveOnes: fiveOnesStates.get(row.id) ?? noFiveOnes(),
  }));
  return c.json({ items }, 200);
};

export const getOne: AppRouteHandler<typeof routes.getOne> = async (c) => {
  const { id } = c.req.valid('param');
  const db = c.var.db;
  const asOf = cityToday(c);
  // The chain and its sections at once: one round of queries, found or not.
  const [chain, sections] = await Promise.all([
    firstRow(selectChains(db).where(eq(chains.id, id))),
    loadChainSections(db, id, asOf),
  ]);
  if (!chain) throw notFound('Chain');
  return c.json(toChainDetail(chain, sections, asOf), 200);
};

export const listIndicators: AppRouteHandler<typeof routes.listIndicators> = async (c) => {
  const { id } = c.req.valid('param');
  const [chain, indicators] = await Promise.all([
    firstRow(selectChains(c.var.db).where(eq(chains.id, id))),
    loadChainIndicators(c.var.db, id),
  ]);
  if (!chain) throw notFound('Chain');
  return c.json(
    { chain: { id: chain.id, name: chain.name, nameEn: chain.nameEn }, indicators },
    200,
  );
};
