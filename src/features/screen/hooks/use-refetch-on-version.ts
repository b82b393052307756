import { useEffect, useRef } from 'react';
import { useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { ScreenVersion } from '@server/contract/screen';

/**
 * When the data version (or the city's day) moves, the screen's reads are marked stale: those on
 * screen refetch in the background and keep their data until the answer is in; the others
 * refetch when they are next shown. The first version seen only records where it stands.
 */
export function useRefetchOnVersion(version: ScreenVersion | undefined, keys: () => QueryKey[]) {
  const queryClient = useQueryClient();
  const seen = useRef<string | null>(null);
  const current = version ? `${version.dataVersion} ${version.asOf}` : null;
  useEffect(() => {
    if (current === null) return;
    if (seen.current !== null && seen.current !== current) {
      for (const queryKey of keys()) void queryClient.invalidateQueries({ queryKey });
    }
    seen.current = current;
  }, [current, keys, queryClient]);
}
