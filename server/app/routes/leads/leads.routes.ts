import { createRoute } from '@hono/zod-openapi';
import { idParamSchema } from '../../../contract/common';
import {
  chainInvestmentSchema,
  funnelQuerySchema,
  investmentFunnelSchema,
  leadDetailSchema,
  leadListQuerySchema,
  leadPageSchema,
} from '../../../contract/investment';
import { invalidRequestResponse, jsonResponse, notFoundResponse } from '../responses';

export const list = createRoute({
  method: 'get',
  path: '/leads',
  tags: ['investment'],
  summary: 'Search, filter, sort and page the 招商 leads',
  request: { query: leadListQuerySchema },
  responses: {
    200: jsonResponse(leadPageSchema, 'One page of leads'),
    400: invalidRequestResponse,
  },
});

export const getOne = createRoute({
  method: 'get',
  path: '/leads/{id}',
  tags: ['investment'],
  summary: 'One lead (a withdrawn one too)',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(leadDetailSchema, 'The lead'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});

export const funnel = createRoute({
  method: 'get',
  path: '/investment/funnel',
  tags: ['investment'],
  summary: 'The 招商 funnel of the city (or of one chain) and of each chain',
  request: { query: funnelQuerySchema },
  responses: {
    200: jsonResponse(investmentFunnelSchema, 'The funnels'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});

export const chainInvestment = createRoute({
  method: 'get',
  path: '/chains/{id}/investment',
  tags: ['investment'],
  summary: 'A chain’s map as an investment map: leads, target firms and projects by link',
  request: { params: idParamSchema },
  responses: {
    200: jsonResponse(chainInvestmentSchema, 'The chain’s investment map'),
    400: invalidRequestResponse,
    404: notFoundResponse,
  },
});
