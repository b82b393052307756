import { useCallback, useEffect, type ReactNode } from 'react';
import { useQuery, type QueryKey } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { screenKeys } from '@/features/screen/api/keys';
import { useFormatters } from '@/hooks/use-formatters';
import { useUiStore } from '@/stores/ui-store';
import { screenAlerts } from '@/features/screen/alerts';
import { getScreenQueryOptions } from '@/features/screen/api/get-screen';
import { getScreenVersionQueryOptions } from '@/features/screen/api/get-screen-version';
import { AlertTicker } from '@/features/screen/components/alert-ticker';
import { ChainScreen } from '@/features/screen/components/chain-screen';
import { CityScreen } from '@/features/screen/components/city-screen';
import { ScreenHeader } from '@/features/screen/components/screen-header';
import { CANVAS, useCanvasScale } from '@/features/screen/hooks/use-canvas-scale';
import { useRefetchOnVersion } from '@/features/screen/hooks/use-refetch-on-version';
import { useStep } from '@/features/screen/hooks/use-step';
import { screenDefaults, type ScreenSearch } from '@/features/screen/search';
import type { ScreenSources } from '@/features/screen/sources';
import '@/features/screen/screen.css';

interface ScreenPageProps {
  search: ScreenSearch;
  sources: ScreenSources;
  /** The presentation's slide time: how long each screen stays when the screens cycle. */
  slideSeconds: number;
  /** The chain's own screen; the city's when not given. */
  chainId?: number;
}

/**
 * 驾驶舱大屏: the city (or one chain) on a fixed 1920×1080 canvas scaled to the display. It polls
 * the data version and refetches only when it moves; every read keeps its last answer on screen
 * while the next one loads, and when the server cannot be reached.
 */
export function ScreenPage({ search, sources, slideSeconds, chainId }: ScreenPageProps) {
  const { t } = useTranslation('screen');
  const format = useFormatters();
  useProjectorDark();
  const refreshMs = (search.refresh ?? screenDefaults.refresh) * 1000;
  const version = useQuery(getScreenVersionQueryOptions(refreshMs));
  // A background refetch keeps the answer on screen until the next is in: nothing blanks.
  const overview = useQuery(sources.overview());
  const screen = useQuery(getScreenQueryOptions());

  const chainIds = overview.data?.chains.map((chain) => chain.id) ?? [];
  // The city, then each chain, when cycling; one screen otherwise.
  const step = useStep(chainIds.length + 1, slideSeconds * 1000, search.cycle === true);
  const shownChainId = search.cycle ? (step === 0 ? undefined : chainIds[step - 1]) : chainId;

  const keys = useCallback((): QueryKey[] => {
    const chains = overview.data?.chains ?? [];
    return [
      screenKeys.summary(),
      sources.overview().queryKey,
      ...chains.flatMap((chain) => [
        sources.chain(chain.id).queryKey,
        sources.investment(chain.id).queryKey,
      ]),
    ];
  }, [overview.data, sources]);
  useRefetchOnVersion(version.data, keys);

  const unreachable = version.isError || screen.isError || overview.isError;
  const shownSince = Math.min(
    ...[screen.dataUpdatedAt, overview.dataUpdatedAt].filter((time) => time > 0),
  );
  const summary = overview.data?.chains.find((chain) => chain.id === shownChainId);
  const title =
    shownChainId === undefined
      ? `${t('screen.title')}${overview.data?.dataset ? ` · ${format.name({ name: overview.data.dataset.cityName, nameEn: overview.data.dataset.cityNameEn })}` : ''}`
      : summary
        ? t('screen.chainTitle', { chain: format.name(summary), leader: summary.leaderName })
        : t('screen.title');

  return (
    <Canvas>
      <ScreenHeader
        title={title}
        dataset={overview.data?.dataset ?? null}
        asOf={screen.data?.asOf ?? overview.data?.asOf}
        offlineSince={unreachable ? (Number.isFinite(shownSince) ? shownSince : 0) : null}
      />
      {shownChainId === undefined ? (
        overview.data && screen.data ? (
          <CityScreen overview={overview.data} screen={screen.data} />
        ) : (
          <p className="screen-loading">{t('screen.loading')}</p>
        )
      ) : (
        <ChainScreenData id={shownChainId} sources={sources} summary={summary} />
      )}
      <AlertTicker
        alerts={
          overview.data && screen.data ? screenAlerts(screen.data, overview.data, format.name) : []
        }
      />
    </Canvas>
  );
}

function ChainScreenData({
  id,
  sources,
  summary,
}: {
  id: number;
  sources: ScreenSources;
  summary: ScreenPageSummary;
}) {
  const { t } = useTranslation('screen');
  const chain = useQuery(sources.chain(id));
  const investment = useQuery(sources.investment(id));
  if (!chain.data) {
    return (
      <p className="screen-loading">
        {chain.isError && !chain.isFetching ? t('screen.chain.notFound') : t('screen.loading')}
      </p>
    );
  }
  return <ChainScreen chain={chain.data} investment={investment.data} summary={summary} />;
}

type ScreenPageSummary = Parameters<typeof ChainScreen>[0]['summary'];

/** The 1920×1080 canvas, scaled as a whole and centred: letterboxed, never scrolled. */
function Canvas({ children }: { children: ReactNode }) {
  const scale = useCanvasScale();
  return (
    <div className="wall-screen">
      <div
        className="wall-screen__canvas"
        data-testid="screen-canvas"
        style={{
          width: CANVAS.width,
          height: CANVAS.height,
          transform: `translate(-50%, -50%) scale(${scale})`,
        }}
      >
        {children}
      </div>
    </div>
  );
}

/** The presentation's dark projector theme while the screen is up. */
function useProjectorDark() {
  const setThemeOverride = useUiStore((state) => state.setThemeOverride);
  useEffect(() => {
    setThemeOverride('projector-dark');
    return () => setThemeOverride(null);
  }, [setThemeOverride]);
}
