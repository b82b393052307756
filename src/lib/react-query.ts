import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { ApiError } from '@/lib/api-client';

// A 4xx will answer the same way again; only server and network failures are worth retrying.
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(queries: DefaultOptions['queries'] = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { staleTime: 60_000, retry: shouldRetry, ...queries },
      // A save while the browser says it is offline is tried and fails with the network's
      // message, the form kept for the user to save again; by default it would wait unseen and
      // go out on its own once online, perhaps after the user has left the form.
      mutations: { networkMode: 'always' },
    },
  });
}
