import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { investmentSearchSchema, leadListSearchSchema } from '@/features/investment/search';
import { parseIdParam } from '@/lib/route-params';

/*
 * The 招商 screens. Their loaders fetch the request code with the screen's, not in the first
 * download (the bundle budget); the requests still start before the screen has loaded.
 */

/** 补链招商 for the city: the funnel, the chains compared, the campaigns. */
export const investmentRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/investment',
  validateSearch: investmentSearchSchema,
  loaderDeps: ({ search }) => search,
  loader: ({ context, deps }) => {
    void import('@/features/investment/api/get-funnel').then((api) =>
      context.queryClient.prefetchQuery(api.getFunnelQueryOptions({ chain: deps.chain })),
    );
    void import('@/features/investment/api/get-campaigns').then((api) =>
      context.queryClient.prefetchQuery(api.getCampaignsQueryOptions()),
    );
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
    void import('@/features/investment/api/get-leads').then((api) =>
      context.queryClient.prefetchQuery(api.getLeadsQueryOptions(deps)),
    );
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
    void import('@/features/investment/api/get-lead').then((api) =>
      context.queryClient.prefetchQuery(api.getLeadQueryOptions(params.leadId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/investment/components/lead-detail'),
    'LeadDetail',
  ),
});
