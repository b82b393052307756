import type { UseQueryOptions } from '@tanstack/react-query';
import type { ChainDetail } from '@server/contract/chains';
import type { Changes } from '@server/contract/changes';
import type { ChainInvestment } from '@server/contract/investment';
import type { Overview } from '@server/contract/overview';

// Any key: each resource's query options carry their own typed key, which only they need to know.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Source<Data> = UseQueryOptions<Data, Error, Data, any>;

/** Where slides get their data: the app hands in the overview's and chains' queries. */
export interface PresentSources {
  overview: () => Source<Overview>;
  chain: (id: number) => Source<ChainDetail>;
  /** The chain's 招商: its funnel and its links' leads. */
  investment: (id: number) => Source<ChainInvestment>;
  /** What changed in the last 7 days: the city's (null) or a chain's. */
  changes: (chainId: number | null) => Source<Changes>;
}
