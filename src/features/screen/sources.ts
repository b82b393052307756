import type { UseQueryOptions } from '@tanstack/react-query';
import type { ChainDetail } from '@server/contract/chains';
import type { ChainInvestment } from '@server/contract/investment';
import type { Overview } from '@server/contract/overview';

// Any key: each resource's query options carry their own typed key, which only they need to know.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Source<Data> = UseQueryOptions<Data, Error, Data, any>;

/** The overview's and chains' reads, handed in by the app: the screen shares their cache entries. */
export interface ScreenSources {
  overview: () => Source<Overview>;
  chain: (id: number) => Source<ChainDetail>;
  investment: (id: number) => Source<ChainInvestment>;
}
