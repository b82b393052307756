import { useTranslation } from 'react-i18next';
import { resetDemo } from '@mocks/demo/reset';
import { ConfirmAction } from '@/components/editing/confirm-action';
import '@/features/demo/components/demo-banner.css';

/** Says that this is the server-free demo, and restores its sample city after asking. */
export function DemoBanner() {
  const { t } = useTranslation('demo');
  return (
    <div className="demo-banner" role="note" aria-label={t('demo.banner.label')}>
      <p className="demo-banner__text">{t('demo.banner.text')}</p>
      <ConfirmAction
        label={t('demo.banner.reset')}
        question={t('demo.banner.question')}
        confirmLabel={t('demo.banner.confirm')}
        action={async () => resetDemo()}
      />
    </div>
  );
}
