import { useTranslation } from 'react-i18next';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { useFormatters } from '@/hooks/use-formatters';
import { useCanEditRecordOf } from '@/lib/auth';

type What =
  'project' | 'problem' | 'policy' | 'statusReport' | 'indicatorValue' | 'lead' | 'meeting';

interface WithdrawRestoreProps {
  /** The chain whose task force (or an administrator) may withdraw and restore it; null: none. */
  chainId: number | null;
  what: What;
  /** The record's name, for the button's label and the question. */
  name: string;
  withdrawnAt: string | null;
  withdraw: () => Promise<unknown>;
  restore?: () => Promise<unknown>;
  restorePending?: boolean;
  onDone?: () => void;
}

/**
 * 撤回 (after a question) for a record entered by mistake, or, on a withdrawn record's own page,
 * what happened and 恢复. Only for those who may change the chain; the server checks again.
 */
export function WithdrawRestore({
  chainId,
  what,
  name,
  withdrawnAt,
  withdraw,
  restore,
  restorePending = false,
  onDone,
}: WithdrawRestoreProps) {
  const { t } = useTranslation('editing');
  const format = useFormatters();
  const canEdit = useCanEditRecordOf(chainId);
  const whatText = t(`editing.withdrawal.what.${what}`);
  if (withdrawnAt) {
    return (
      <div className="withdrawn-notice">
        <p role="status">
          {t('editing.withdrawal.withdrawnNotice', {
            what: whatText,
            date: format.date(withdrawnAt.slice(0, 10)),
          })}
        </p>
        {canEdit && restore && (
          <button
            type="button"
            className="button"
            aria-label={t('editing.withdrawal.restoreRecord', { what: whatText, name })}
            disabled={restorePending}
            onClick={() => void restore().then(onDone, () => undefined)}
          >
            {t('editing.withdrawal.restore')}
          </button>
        )}
      </div>
    );
  }
  if (!canEdit) return null;
  return (
    <ConfirmAction
      label={t('editing.withdrawal.withdrawRecord', { what: whatText, name })}
      shortLabel={t('editing.withdrawal.withdraw')}
      question={t('editing.withdrawal.question', { what: whatText, name })}
      confirmLabel={t('editing.withdrawal.confirm')}
      action={withdraw}
      onDone={onDone}
    />
  );
}
