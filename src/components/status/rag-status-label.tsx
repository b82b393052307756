import { useTranslation } from 'react-i18next';
import type { RagStatus } from '@server/contract/domain';

/** A chain's or a report's status: the dot repeats the text, never replaces it. */
export function RagStatusLabel({ status }: { status: RagStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`rag rag--${status}`}>
      <span className="rag__dot" aria-hidden="true" />
      {t(`status.${status}`)}
    </span>
  );
}
