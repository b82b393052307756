import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getCampaignsQueryOptions } from '@/features/investment/api/get-campaigns';
import { getFunnelQueryOptions } from '@/features/investment/api/get-funnel';
import { getLeadQueryOptions } from '@/features/investment/api/get-lead';
import { getLeadsQueryOptions } from '@/features/investment/api/get-leads';
import { investmentSearchSchema, leadListSearchSchema } from '@/features/investment/search';
import { parseIdParam } from '@/lib/route-params';

/** 补链招商 for the city: the funnel, the chains compared, the campaigns. */
export const investmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/investment',
  validateSearch: investmentSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the requests run while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getFunnelQueryOptions({ chain: deps.chain }));
    void context.queryClient.prefetchQuery(getCampaignsQueryOptions());
  },
  component: lazyRouteComponent(
    () => import('@/features/investment/components/investment-page'),
    'InvestmentPage',
  ),
});

export const leadsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/investment/leads',
  validateSearch: leadListSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getLeadsQueryOptions(deps));
  },
  component: lazyRouteComponent(
    () => import('@/features/investment/components/lead-list'),
    'LeadList',
  ),
});

export const leadRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/investment/leads/$leadId',
  params: {
    parse: ({ leadId }) => ({ leadId: parseIdParam(leadId) }),
    stringify: ({ leadId }) => ({ leadId: String(leadId) }),
  },
  loader: ({ context, params }) => {
    void context.queryClient.prefetchQuery(getLeadQueryOptions(params.leadId));
  },
  component: lazyRouteComponent(
    () => import('@/features/investment/components/lead-detail'),
    'LeadDetail',
  ),
});
