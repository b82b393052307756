import { queryKeys } from '@/lib/query-keys';

/*
 * 驾驶舱大屏's keys: its summary, and the data version it polls (apart, so refetching one leaves
 * the other). Kept with the screen rather than in query-keys.ts, which is part of every page's
 * first download; under the app's root key, so clearing the cache clears them too.
 */
export const screenKeys = {
  summary: () => [...queryKeys.all, 'screen'] as const,
  version: () => [...queryKeys.all, 'screen-version'] as const,
};
