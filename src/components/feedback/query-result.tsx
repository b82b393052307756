import type { ReactNode } from 'react';
import type { UseQueryResult } from '@tanstack/react-query';
import { LoadError } from '@/components/feedback/load-error';
import { LoadingState } from '@/components/feedback/loading-state';
import { RecordNotFound } from '@/components/feedback/record-not-found';
import { ApiError } from '@/lib/api-client';

interface QueryResultProps<Data> {
  query: UseQueryResult<Data>;
  children: (data: Data) => ReactNode;
  /** What shows while the first answer is on its way; a generic skeleton by default. */
  loading?: ReactNode;
}

/**
 * The three faces of a query in one place: a skeleton while loading, an error with a retry
 * button (or "not found" for a 404), and the data.
 */
export function QueryResult<Data>({ query, children, loading }: QueryResultProps<Data>) {
  if (query.isPending) return loading ?? <LoadingState />;
  // A failed background refetch keeps the data on screen; only a first load shows the error.
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    if (query.error instanceof ApiError && query.error.status === 404) return <RecordNotFound />;
    return (
      <LoadError
        error={query.error}
        onRetry={() => void query.refetch()}
        retrying={query.isFetching}
      />
    );
  }
  return loading ?? <LoadingState />;
}
