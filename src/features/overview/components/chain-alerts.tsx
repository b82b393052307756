import { useTranslation } from 'react-i18next';
import type { ChainAlert } from '@server/contract/overview';
import { useAlertText } from '@/hooks/use-alert-text';

/** What needs a leader's attention on a chain, in words. */
export function ChainAlerts({ alerts, labelledBy }: { alerts: ChainAlert[]; labelledBy: string }) {
  const { t } = useTranslation();
  const text = useAlertText();
  if (alerts.length === 0) {
    return <p className="chain-card__muted">{t('overview.alerts.none')}</p>;
  }
  return (
    <ul className="chain-alerts" aria-labelledby={labelledBy}>
      {alerts.map((alert) => (
        <li key={alert.kind} className="chain-alerts__item">
          <span className="chain-alerts__icon" aria-hidden="true">
            ⚠
          </span>
          {text(alert)}
        </li>
      ))}
    </ul>
  );
}
