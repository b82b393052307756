import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { meetingListSearchSchema } from '@/features/meetings/search';
import { parseIdParam } from '@/lib/route-params';

/** 座谈会: the meetings with firms, and one meeting with its firms and problems. */
export const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings',
  validateSearch: meetingListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads; the request code
  // comes with the screen's, not in the first download (the bundle budget).
  loader: ({ context, deps }) => {
    void import('@/features/meetings/api/get-meetings').then((api) =>
      context.queryClient.prefetchQuery(api.getMeetingsQueryOptions(deps)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/meetings/components/meeting-list'),
    'MeetingList',
  ),
});

export const meetingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings/$meetingId',
  params: {
    parse: ({ meetingId }) => ({ meetingId: parseIdParam(meetingId) }),
    stringify: ({ meetingId }) => ({ meetingId: String(meetingId) }),
  },
  loader: ({ context, params }) => {
    void import('@/features/meetings/api/get-meeting').then((api) =>
      context.queryClient.prefetchQuery(api.getMeetingQueryOptions(params.meetingId)),
    );
  },
  component: lazyRouteComponent(
    () => import('@/features/meetings/components/meeting-detail'),
    'MeetingDetail',
  ),
});
