import { useTranslation } from 'react-i18next';
import type { LeadOwner } from '@server/contract/investment';
import { useFormatters } from '@/hooks/use-formatters';

/** A stalled lead, said in words and not by colour alone. */
export function LeadStalledLabel() {
  const { t } = useTranslation('investment');
  return (
    <span className="rag rag--red">
      <span className="rag__dot" aria-hidden="true" />
      {t('investment.leads.stalled')}
    </span>
  );
}

/** An overdue next step, said in words. */
export function OverdueLabel() {
  const { t } = useTranslation('investment');
  return (
    <span className="rag rag--amber">
      <span className="rag__dot" aria-hidden="true" />
      {t('investment.leads.overdue')}
    </span>
  );
}

/** Who works the lead: a member's or a department's name. */
export function OwnerName({ owner }: { owner: LeadOwner | null }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  return <>{owner ? format.name(owner) : t('investment.leads.none')}</>;
}
