import { createRoute } from '@hono/zod-openapi';
import type { z } from 'zod';
import { idParamSchema } from '../../../contract/common';
import {
  chainTechnologySchema,
  techAssistantDetailSchema,
  techAssistantListQuerySchema,
  techAssistantPageSchema,
  techMatchDetailSchema,
  techMatchListQuerySchema,
  techMatchPageSchema,
  techNeedDetailSchema,
  techNeedListQuerySchema,
  techNeedPageSchema,
  technologySummarySchema,
  techSupplyDetailSchema,
  techSupplyListQuerySchema,
  techSupplyPageSchema,
} from '../../../contract/technology';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

/** `GET {path}`: one page of a list. */
function listRoute<Query extends z.ZodObject, Page extends z.ZodType>(
  path: string,
  what: string,
  query: Query,
  page: Page,
) {
  return createRoute({
    method: 'get',
    path,
    tags: ['technology'],
    summary: `Search, filter, sort and page the ${what}`,
    request: { query },
    responses: {
      200: jsonResponse(page, `One page of ${what}`),
      400: invalidRequestResponse,
    },
  });
}

/** `GET {path}/{id}`: one record, a withdrawn one too. */
function oneRoute<Detail extends z.ZodType>(path: string, what: string, detail: Detail) {
  return createRoute({
    method: 'get',
    path: `${path}/{id}`,
    tags: ['technology'],
    summary: `One ${what} (a withdrawn one too)`,
    request: { params: idParamSchema },
    responses: {
      200: jsonResponse(detail, `The ${what}`),
      400: invalidRequestResponse,
      404: notFoundResponse,
    },
  });
}

export const listNeeds = listRoute(
  '/tech-needs',
  'technology needs (技术需求)',
  techNeedListQuerySchema,
  techNeedPageSchema,
);
export const getNeed = oneRoute('/tech-needs', 'technology need', techNeedDetailSchema);
export const listSupplies = listRoute(
  '/tech-supplies',
  'technology suppliers (技术供给)',
  techSupplyListQuerySchema,
  techSupplyPageSchema,
);
export const getSupply = oneRoute('/tech-supplies', 'technology supplier', techSupplyDetailSchema);
export const listAssistants = listRoute(
  '/tech-assistants',
  '科技助理',
  techAssistantListQuerySchema,
  techAssistantPageSchema,
);
export const getAssistant = oneRoute(
  '/tech-assistants',
  'technology assistant',
  techAssistantDetailSchema,
);
export const listMatches = listRoute(
  '/tech-matches',
  'technology matches (技术对接)',
  techMatchListQuerySchema,
  techMatchPageSchema,
);
export const getMatch = oneRoute('/tech-matches', 'technology match', techMatchDetailSchema);

export const summary = createRoute({
  method: 'get',
  path: '/technology/summary',
  tags: ['technology'],
  summary: 'The city’s technology view: needs, matches, transfers by year, the 云上两城 network',
  responses: { 200: jsonResponse(technologySummarySchema, 'The summary') },
});

export const chainTechnology = createRoute({
  method: 'get',
  path: '/chains/{id}/technology',
  tags: ['technology'],
  summary: 'A chain’s technology section: open needs, matches by stage, transfers, 科技助理',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(chainTechnologySchema, 'The chain’s technology section'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
