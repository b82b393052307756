import { useTranslation } from 'react-i18next';

/** A stalled project, said in words and not by colour alone. */
export function StalledLabel() {
  const { t } = useTranslation('projects');
  return (
    <span className="rag rag--red">
      <span className="rag__dot" aria-hidden="true" />
      {t('projects.stalled')}
    </span>
  );
}
