import { createRoute, lazyRouteComponent } from '@tanstack/react-router';
import { rootRoute } from '@/app/routes/root';
import { getMeetingQueryOptions } from '@/features/meetings/api/get-meeting';
import { getMeetingsQueryOptions } from '@/features/meetings/api/get-meetings';
import { meetingListSearchSchema } from '@/features/meetings/search';
import { parseIdParam } from '@/lib/route-params';

/** 座谈会: the meetings with firms, and one meeting with its firms and problems. */
export const meetingsRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/meetings',
  validateSearch: meetingListSearchSchema,
  loaderDeps: ({ search }) => search,
  // Started, not awaited: the request runs while the screen's code downloads.
  loader: ({ context, deps }) => {
    void context.queryClient.prefetchQuery(getMeetingsQueryOptions(deps));
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
    void context.queryClient.prefetchQuery(getMeetingQueryOptions(params.meetingId));
  },
  component: lazyRouteComponent(
    () => import('@/features/meetings/components/meeting-detail'),
    'MeetingDetail',
  ),
});
