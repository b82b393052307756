import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { ChainDetail } from '@server/contract/chains';
import type { Overview, OverviewChain } from '@server/contract/overview';
import type { Slide } from '@/stores/presentation';
import { ChangesSlideView } from '@/features/present/components/changes-slide';
import { ChainInvestmentSlide } from '@/features/present/components/chain-investment-slide';
import { ChainMapSlide } from '@/features/present/components/chain-map-slide';
import { ChainProjectsSlide } from '@/features/present/components/chain-projects-slide';
import { ChainSlide } from '@/features/present/components/chain-slide';
import { OverviewSlide } from '@/features/present/components/overview-slide';
import type { PresentSources } from '@/features/present/sources';

interface SlideViewProps {
  slide: Slide;
  overview: Overview;
  sources: PresentSources;
  refreshMs: number;
}

/** The one slide on screen; the others are not mounted, so hours of cycling keep no DOM. */
export function SlideView({ slide, overview, sources, refreshMs }: SlideViewProps) {
  if (slide.kind === 'overview') return <OverviewSlide overview={overview} />;
  if (slide.kind === 'changes' && slide.chainId === null) {
    return <ChangesSlideView chain={null} sources={sources} refreshMs={refreshMs} />;
  }
  const chain = overview.chains.find((candidate) => candidate.id === slide.chainId);
  if (!chain) return <SlideMessage messageKey="present.slide.gone" />;
  if (slide.kind === 'chain') return <ChainSlide chain={chain} />;
  if (slide.kind === 'changes') {
    return <ChangesSlideView chain={chain} sources={sources} refreshMs={refreshMs} />;
  }
  if (slide.kind === 'investment') {
    return <InvestmentSlide chain={chain} sources={sources} refreshMs={refreshMs} />;
  }
  return (
    <ChainDetailSlide
      chainId={chain.id}
      sources={sources}
      refreshMs={refreshMs}
      render={(detail) =>
        slide.kind === 'map' ? (
          <ChainMapSlide chain={detail} />
        ) : (
          <ChainProjectsSlide chain={detail} />
        )
      }
    />
  );
}

interface ChainDetailSlideProps {
  chainId: number;
  sources: PresentSources;
  refreshMs: number;
  render: (detail: ChainDetail) => React.ReactNode;
}

function ChainDetailSlide({ chainId, sources, refreshMs, render }: ChainDetailSlideProps) {
  // Refreshed like the overview; the last answer stays on screen while the next one loads.
  const detail = useQuery({
    ...sources.chain(chainId),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
  });
  if (detail.data) return render(detail.data);
  return (
    <SlideMessage messageKey={detail.isError ? 'present.slide.failed' : 'present.slide.loading'} />
  );
}

interface InvestmentSlideProps {
  chain: OverviewChain;
  sources: PresentSources;
  refreshMs: number;
}

function InvestmentSlide({ chain, sources, refreshMs }: InvestmentSlideProps) {
  // Refreshed like the others: a lead signed during the meeting shows on the next round.
  const investment = useQuery({
    ...sources.investment(chain.id),
    refetchInterval: refreshMs,
    refetchIntervalInBackground: true,
  });
  if (investment.data) return <ChainInvestmentSlide chain={chain} investment={investment.data} />;
  return (
    <SlideMessage
      messageKey={investment.isError ? 'present.slide.failed' : 'present.slide.loading'}
    />
  );
}

function SlideMessage({
  messageKey,
}: {
  messageKey: 'present.slide.gone' | 'present.slide.failed' | 'present.slide.loading';
}) {
  const { t } = useTranslation('present');
  return (
    <section className="slide slide--message">
      <p className="slide-muted">{t(messageKey)}</p>
    </section>
  );
}
