import { useTranslation } from 'react-i18next';
import type { RagStatus } from '@server/contract/common';

export function RagStatusLabel({ status }: { status: RagStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`rag rag--${status}`}>
      <span className="rag__dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
