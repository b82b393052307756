import { useCallback, useEffect, useMemo } from 'react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Overview } from '@server/contract/overview';
import { LoadError } from '@/components/feedback/load-error';
import { LoadingState } from '@/components/feedback/loading-state';
import { useFormatters } from '@/hooks/use-formatters';
import type { Slide } from '@/stores/presentation';
import { useUiStore } from '@/stores/ui-store';
import { PresentSetup } from '@/features/present/components/present-setup';
import { Presentation } from '@/features/present/components/presentation';
import { buildDeck } from '@/features/present/deck';
import { readPresentConfig } from '@/features/present/config';
import type { PresentSearch } from '@/features/present/search';
import type { PresentSources } from '@/features/present/sources';
import '@/features/present/present.css';

interface PresentPageProps {
  search: PresentSearch;
  sources: PresentSources;
}

/** `/present`: the setup panel, or with `play` the presentation it describes. */
export function PresentPage({ search, sources }: PresentPageProps) {
  const config = useMemo(() => readPresentConfig(search), [search]);
  const playing = search.play === true;
  const refreshMs = config.refresh * 1000;
  // While presenting, the data refreshes in the background; the answer on screen stays until
  // the next one is in, so nothing flickers and the slide does not change.
  const overview = useQuery({
    ...sources.overview(),
    refetchInterval: playing ? refreshMs : false,
    refetchIntervalInBackground: playing,
  });
  useProjectorTheme(config.dark);

  const deck = useMemo(
    () => (overview.data ? buildDeck(config, overview.data.chains) : []),
    [config, overview.data],
  );
  const slideTitle = useSlideTitle(overview.data);
  const navigate = useNavigate();
  const leave = useCallback(
    () =>
      void navigate({ to: '/present', search: (previous) => ({ ...previous, play: undefined }) }),
    [navigate],
  );

  if (!overview.data) {
    return (
      <div className="page">
        {overview.isError ? (
          <LoadError
            error={overview.error}
            onRetry={() => void overview.refetch()}
            retrying={overview.isFetching}
          />
        ) : (
          <LoadingState />
        )}
      </div>
    );
  }
  if (!playing) {
    return (
      <PresentSetup
        search={search}
        config={config}
        chains={overview.data.chains}
        deck={deck}
        slideTitle={slideTitle}
      />
    );
  }
  return (
    <Presentation
      // Another configuration is another presentation, from its first slide.
      key={JSON.stringify({ ...search, play: undefined })}
      deck={deck}
      loop={config.loop}
      overview={overview.data}
      sources={sources}
      refreshMs={refreshMs}
      slideTitle={slideTitle}
      onLeave={leave}
    />
  );
}

/** Projector type on this route; dark when the link asks or the user chose it for the app. */
function useProjectorTheme(dark: boolean) {
  const preferred = useUiStore((state) => state.theme);
  const setThemeOverride = useUiStore((state) => state.setThemeOverride);
  const theme = dark || preferred === 'projector-dark' ? 'projector-dark' : 'projector';
  useEffect(() => {
    setThemeOverride(theme);
    return () => setThemeOverride(null);
  }, [theme, setThemeOverride]);
}

function useSlideTitle(overview: Overview | undefined) {
  const { t } = useTranslation('present');
  const format = useFormatters();
  return useCallback(
    (slide: Slide): string => {
      const chain = overview?.chains.find((candidate) => candidate.id === slide.chainId);
      if (slide.kind === 'changes' && !chain) return t('present.slides.cityChanges');
      if (slide.kind === 'overview' || !chain) return t('present.slides.overview');
      const name = format.name(chain);
      return slide.kind === 'chain'
        ? name
        : t('present.slides.chainPart', { chain: name, part: t(`present.slides.${slide.kind}`) });
    },
    [overview, format, t],
  );
}
