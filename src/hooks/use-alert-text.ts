import { useTranslation } from 'react-i18next';
import type { ChainAlert } from '@server/contract/overview';

/** A chain alert in the reader's words, the same on the overview and on the projector. */
export function useAlertText() {
  const { t } = useTranslation();
  return (alert: ChainAlert): string => {
    switch (alert.kind) {
      case 'stale_status':
        return t('overview.alerts.stale_status', { count: alert.days });
      case 'overdue_problems':
        return t('overview.alerts.overdue_problems', { count: alert.count });
      case 'stalled_projects':
        return t('overview.alerts.stalled_projects', { count: alert.count });
    }
  };
}
