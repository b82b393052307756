import { eq } from 'drizzle-orm';
import { chains, techMatches, techNeeds, techSupplies } from '../../../db/schema';
import { cityToday, type AppRouteHandler } from '../../context';
import { notFound } from '../../errors';
import { toPage } from '../../queries/paging';
import { firstRow } from '../../queries/sql';
import { findTechAssistant, findTechAssistants } from './assistants.queries';
import {
  findTechMatches,
  selectTechMatches,
  toTechMatchDetail,
  toTechMatchListItem,
} from './matches.queries';
import {
  findTechNeeds,
  selectTechNeeds,
  toTechNeedDetail,
  toTechNeedListItem,
} from './needs.queries';
import { loadChainTechnology, loadTechnologySummary } from './summary.queries';
import {
  findTechSupplies,
  selectTechSupplies,
  toTechSupplyDetail,
  toTechSupplyListItem,
} from './supplies.queries';
import type * as routes from './technology.routes';

export const listNeeds: AppRouteHandler<typeof routes.listNeeds> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findTechNeeds(c.var.db, query);
  return c.json(toPage(rows.map(toTechNeedListItem), total, query), 200);
};

export const getNeed: AppRouteHandler<typeof routes.getNeed> = async (c) => {
  const { id } = c.req.valid('param');
  const row = await firstRow(selectTechNeeds(c.var.db).where(eq(techNeeds.id, id)));
  if (!row) throw notFound('Technology need');
  return c.json(toTechNeedDetail(row), 200);
};

export const listSupplies: AppRouteHandler<typeof routes.listSupplies> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findTechSupplies(c.var.db, query);
  return c.json(toPage(rows.map(toTechSupplyListItem), total, query), 200);
};

export const getSupply: AppRouteHandler<typeof routes.getSupply> = async (c) => {
  const { id } = c.req.valid('param');
  const row = await firstRow(selectTechSupplies(c.var.db).where(eq(techSupplies.id, id)));
  if (!row) throw notFound('Technology supplier');
  return c.json(toTechSupplyDetail(row), 200);
};

export const listAssistants: AppRouteHandler<typeof routes.listAssistants> = async (c) => {
  const query = c.req.valid('query');
  const { items, total } = await findTechAssistants(c.var.db, query);
  return c.json(toPage(items, total, query), 200);
};

export const getAssistant: AppRouteHandler<typeof routes.getAssistant> = async (c) => {
  const { id } = c.req.valid('param');
  const detail = await findTechAssistant(c.var.db, id);
  if (!detail) throw notFound('Technology assistant');
  return c.json(detail, 200);
};

export const listMatches: AppRouteHandler<typeof routes.listMatches> = async (c) => {
  const query = c.req.valid('query');
  const { rows, total } = await findTechMatches(c.var.db, query);
  return c.json(toPage(rows.map(toTechMatchListItem), total, query), 200);
};

export const getMatch: AppRouteHandler<typeof routes.getMatch> = async (c) => {
  const { id } = c.req.valid('param');
  const row = await firstRow(selectTechMatches(c.var.db).where(eq(techMatches.id, id)));
  if (!row) throw notFound('Technology match');
  return c.json(toTechMatchDetail(row), 200);
};

export const summary: AppRouteHandler<typeof routes.summary> = async (c) =>
  c.json(await loadTechnologySummary(c.var.db, cityToday(c)), 200);

export const chainTechnology: AppRouteHandler<typeof routes.chainTechnology> = async (c) => {
  const { id } = c.req.valid('param');
  const chain = await firstRow(
    c.var.db.select({ id: chains.id }).from(chains).where(eq(chains.id, id)),
  );
  if (!chain) throw notFound('Chain');
  return c.json(await loadChainTechnology(c.var.db, id, cityToday(c)), 200);
};
