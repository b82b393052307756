import type { OverviewChain } from '@server/contract/overview';
import type { Slide, SlideKind } from '@/stores/presentation';
import type { PresentConfig } from '@/features/present/config';

type ChainRef = Pick<OverviewChain, 'id' | 'code'>;

const chainSlideKinds: Exclude<SlideKind, 'overview'>[] = [
  'chain',
  'map',
  'projects',
  'investment',
  'changes',
];

export function slideIdOf(kind: SlideKind, chainCode: string | null): string {
  // The city's slides are named by their kind: `overview`, and `changes` for the city's changes.
  if (kind === 'overview' || chainCode === null) return kind === 'changes' ? 'changes' : 'overview';
  return kind === 'chain' ? chainCode : `${chainCode}.${kind}`;
}

/** The chains to present, in the chosen order; codes no chain has (any more) are skipped. */
export function chosenChains<Chain extends ChainRef>(
  config: PresentConfig,
  chains: Chain[],
): Chain[] {
  if (config.chainCodes === null) return chains;
  return config.chainCodes.flatMap((code) => chains.filter((chain) => chain.code === code));
}

/** The slides of a configuration: the city first, then each chain's slides together. */
export function buildDeck(config: PresentConfig, chains: ChainRef[]): Slide[] {
  const slide = (kind: SlideKind, chain: ChainRef | null): Slide => {
    const id = slideIdOf(kind, chain?.code ?? null);
    return {
      id,
      kind,
      chainId: chain?.id ?? null,
      seconds: config.times.get(id) ?? config.seconds,
    };
  };
  const kinds = new Set(config.slides);
  return [
    ...(kinds.has('overview') ? [slide('overview', null)] : []),
    ...(kinds.has('changes') ? [slide('changes', null)] : []),
    ...chosenChains(config, chains).flatMap((chain) =>
      chainSlideKinds.filter((kind) => kinds.has(kind)).map((kind) => slide(kind, chain)),
    ),
  ];
}
