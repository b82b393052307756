import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '@/lib/save-file';

interface RecoveryCodesProps {
  codes: string[];
  username: string;
  /** The heading's level where the panel sits. */
  heading: 'h2' | 'h3';
  onDone: () => void;
}

/**
 * New recovery codes, shown this once: copy or download them, say they are saved, go on. The
 * way on stays off until then, as the codes cannot be shown again.
 */
export function RecoveryCodes({ codes, username, heading: Heading, onDone }: RecoveryCodesProps) {
  const { t } = useTranslation('auth');
  const titleId = useId();
  const [saved, setSaved] = useState(false);
  const [copied, setCopied] = useState<'copied' | 'failed' | null>(null);
  const text = [t('auth.recoveryCodes.fileHeading', { username }), '', ...codes, ''].join('\n');

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied('copied');
    } catch {
      // No clipboard outside a secure context, or the browser refused.
      setCopied('failed');
    }
  };

  return (
    <section className="recovery-codes" aria-labelledby={titleId}>
      <Heading id={titleId} className="recovery-codes__title">
        {t('auth.recoveryCodes.title')}
      </Heading>
      <p>{t('auth.recoveryCodes.intro')}</p>
      <ol className="recovery-codes__list" aria-label={t('auth.recoveryCodes.listLabel')}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="account-actions">
        <button type="button" className="button button--quiet" onClick={() => void copy()}>
          {t('auth.recoveryCodes.copy')}
        </button>
        <button
          type="button"
          className="button button--quiet"
          onClick={() =>
            saveFile(
              new Blob([text], { type: 'text/plain;charset=utf-8' }),
              t('auth.recoveryCodes.fileName'),
            )
          }
        >
          {t('auth.recoveryCodes.download')}
        </button>
      </div>
      <p role="status" className="form-field__hint">
        {copied &&
          t(copied === 'copied' ? 'auth.recoveryCodes.copied' : 'auth.recoveryCodes.copyFailed')}
      </p>
      <label className="check-row">
        <input
          type="checkbox"
          checked={saved}
          onChange={(event) => setSaved(event.target.checked)}
        />
        {t('auth.recoveryCodes.saved')}
      </label>
      <button type="button" className="button step-button" disabled={!saved} onClick={onDone}>
        {t('auth.recoveryCodes.continue')}
      </button>
    </section>
  );
}
