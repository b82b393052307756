import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '@/components/form/form-alert';
import { ModalDialog } from '@/components/form/modal-dialog';
import '@/components/editing/edit-launcher.css';
import '@/components/editing/editing.css';
import { MixedText } from '@/components/vocabulary/data-text';

interface ConfirmActionProps {
  /** The button's words; they name the record, e.g. 移除成员 张三. */
  label: string;
  /** Shorter words to show in a crowded row; `label` stays the button's name (see EditLauncher). */
  shortLabel?: string;
  /** The question the dialog asks. */
  question: string;
  /** The confirming button's words, e.g. 移除. */
  confirmLabel: string;
  /** The change; a failure (a 409 too) is said in the dialog, which stays open. */
  action: () => Promise<unknown>;
  /**
   * After the change went through. The button usually goes with its record (a removed member),
   * so the caller says where focus should go instead of the page's top.
   */
  onDone?: () => void;
}

/**
 * A change made with one click after a question, for what a form would be too much for (remove a
 * member, retire a policy). The question is a modal dialog like the forms: Esc or Cancel backs out.
 */
export function ConfirmAction({
  label,
  shortLabel,
  question,
  confirmLabel,
  action,
  onDone,
}: ConfirmActionProps) {
  const { t } = useTranslation('editing');
  const [open, setOpen] = useState(false);
  const [pending, setPending] = useState(false);
  const [failure, setFailure] = useState<Error | null>(null);
  // Focus moves on once the dialog has given it back to this button, or once this button is gone
  // with its record: whichever comes first, never before (it would be taken back).
  const done = useRef(false);
  const unmounted = useRef(false);
  const moveOn = useEffectEvent(() => {
    if (!done.current) return;
    done.current = false;
    onDone?.();
  });
  useEffect(() => {
    if (!open) moveOn();
  }, [open]);
  useEffect(() => {
    unmounted.current = false;
    return () => {
      unmounted.current = true;
      moveOn();
    };
  }, []);

  const confirm = async () => {
    setPending(true);
    setFailure(null);
    try {
      await action();
      // The page's reload may have taken the record, this button and its dialog away before the
      // answer came: nothing is left to give focus back, so it moves on now.
      if (unmounted.current) {
        onDone?.();
        return;
      }
      done.current = true;
      setOpen(false);
    } catch (error) {
      setFailure(error instanceof Error ? error : new Error(String(error)));
    } finally {
      setPending(false);
    }
  };

  return (
    <>
      <button
        type="button"
        className="button button--quiet edit-launcher"
        aria-label={shortLabel ? label : undefined}
        onClick={() => {
          setFailure(null);
          setOpen(true);
        }}
      >
        <MixedText>{shortLabel ?? label}</MixedText>
      </button>
      {open && (
        <ModalDialog title={label} onClose={() => setOpen(false)}>
          {failure && <FormAlert error={failure} />}
          <p>{question}</p>
          <div className="edit-form__actions">
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() => void confirm()}
            >
              {pending ? t('editing.saving') : confirmLabel}
            </button>
            <button type="button" className="button button--quiet" onClick={() => setOpen(false)}>
              {t('editing.cancel')}
            </button>
          </div>
        </ModalDialog>
      )}
    </>
  );
}
