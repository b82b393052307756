import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface EditLauncherProps {
  /** The button's words, e.g. 编辑状态; it names what it edits. */
  label: string;
  /** The dialog, mounted while open; it calls `close` when done. */
  children: (close: () => void) => ReactNode;
}

/** A button that opens an edit dialog; the dialog lives only while open. */
export function EditLauncher({ label, children }: EditLauncherProps) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="button button--quiet edit-launcher"
        onClick={() => setOpen(true)}
      >
        {label}
      </button>
      {open && children(() => setOpen(false))}
    </>
  );
}

/** Shown while a dialog's code loads (the first time one is opened): said, not silent. */
export function DialogLoading() {
  const { t } = useTranslation('editing');
  return (
    <span role="status" className="dialog-loading">
      {t('editing.opening')}
    </span>
  );
}
