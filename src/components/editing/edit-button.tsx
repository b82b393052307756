import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import '@/components/editing/edit-launcher.css';
import { MixedText } from '@/components/vocabulary/data-text';

/** How a dialog ended: `saved` when its save went through; nothing for Cancel or Esc. */
export type CloseDialog = (outcome?: 'saved') => void;

interface EditLauncherProps {
  /** The button's words, e.g. 编辑状态; it names what it edits. Also the dialog's title. */
  label: string;
  /**
   * Shorter words to show where the full label would crowd a table row (编辑 for 编辑政策 …);
   * the full label stays the button's name for screen readers and begins with these words.
   */
  shortLabel?: string;
  /** The dialog, mounted while open; it calls `close` when done. */
  children: (close: CloseDialog) => ReactNode;
}

/** Long enough to be seen after the dialog closes, short enough not to linger as stale news. */
const savedNoticeMs = 6_000;

/**
 * A button that opens an edit dialog; the dialog lives only while open. After a save the button
 * says 已保存 for a moment (and a screen reader says it too: the dialog that said so is gone).
 */
export function EditLauncher({ label, shortLabel, children }: EditLauncherProps) {
  const { t } = useTranslation('editing');
  const [open, setOpen] = useState(false);
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    if (!saved) return;
    const timer = setTimeout(() => setSaved(false), savedNoticeMs);
    return () => clearTimeout(timer);
  }, [saved]);
  return (
    <>
      <button
        type="button"
        className="button button--quiet edit-launcher"
        aria-label={shortLabel ? label : undefined}
        onClick={() => {
          setSaved(false);
          setOpen(true);
        }}
      >
        <MixedText>{shortLabel ?? label}</MixedText>
      </button>
      {saved && (
        <span role="status" className="edit-launcher__saved">
          {t('editing.saved')}
        </span>
      )}
      {open &&
        children((outcome) => {
          setOpen(false);
          setSaved(outcome === 'saved');
        })}
    </>
  );
}
