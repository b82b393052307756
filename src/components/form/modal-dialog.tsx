import { useEffect, useEffectEvent, useId, useRef, type ReactNode } from 'react';
import '@/components/form/forms.css';

interface ModalDialogProps {
  title: string;
  onClose: () => void;
  children: ReactNode;
}

/**
 * The native modal `<dialog>`: the browser keeps focus inside it, makes the page behind it inert
 * and closes it on Esc. Mounted while open; closing (Esc, a button) reports through `onClose`.
 */
export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const handleClose = useEffectEvent(() => onClose());

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // Focus goes back where it was (the button that opened the dialog) when it closes.
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    element.showModal();
    // `close` arrives as a task of its own, after the call that caused it. When a Suspense
    // boundary hides and shows this dialog again, the cleanup's close() reaches the new listener
    // with the dialog open again: only a close that left it closed is the user's.
    const onNativeClose = () => {
      if (!element.open) handleClose();
    };
    element.addEventListener('close', onNativeClose);
    return () => {
      element.removeEventListener('close', onNativeClose);
      if (element.open) element.close();
      opener?.focus();
    };
  }, []);

  return (
    <dialog ref={dialog} className="modal-dialog" aria-labelledby={titleId}>
      <h2 id={titleId} className="modal-dialog__title">
        {title}
      </h2>
      {children}
    </dialog>
  );
}
