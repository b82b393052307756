import { useTranslation } from 'react-i18next';
import type { ScreenAlert } from '@/features/screen/alerts';
import { useStep } from '@/features/screen/hooks/use-step';

/** Seconds each alert stays: long enough to read from the back of the room. */
const ALERT_MS = 8000;

/**
 * The alert ticker: one alert at a time, the next after a slow step (a timeout, not a frame
 * loop); the line fades in by a one-off CSS animation when it changes.
 */
export function AlertTicker({ alerts }: { alerts: ScreenAlert[] }) {
  const { t } = useTranslation('screen');
  const index = useStep(alerts.length, ALERT_MS);
  const alert = alerts[index];
  return (
    <section className="screen-ticker" aria-label={t('screen.alerts.title')}>
      <span className="screen-ticker__title">{t('screen.alerts.title')}</span>
      {alert ? (
        <>
          <span key={alert.id} className="screen-ticker__text" aria-live="polite">
            {t(`screen.alerts.${alert.key}`, alert.values)}
          </span>
          <span className="screen-ticker__count">
            {t('screen.cycle', { index: index + 1, count: alerts.length })}
          </span>
        </>
      ) : (
        <span className="screen-ticker__text">{t('screen.alerts.none')}</span>
      )}
    </section>
  );
}
