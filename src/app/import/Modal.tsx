import { useEffect, useRef, type ReactNode } from "react";

interface ModalFormProps {
  labelId: string;
  className: string;
  submitLabel: string;
  skipLabel: string;
  onSubmit: () => void;
  /** Also what Escape does. */
  onSkip: () => void;
  children: ReactNode;
}

/**
 * A modal question on the native <dialog>: the browser moves focus into it, keeps it there and
 * closes it with Escape (which skips); focus returns to where it was afterwards.
 */
export function ModalForm({ labelId, className, submitLabel, skipLabel, onSubmit, onSkip, children }: ModalFormProps) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    const before = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      dialog?.close();
      before?.focus?.();
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`import-dialog ${className}`}
      aria-labelledby={labelId}
      onCancel={(e) => {
        e.preventDefault();
        onSkip();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          onSubmit();
        }}
      >
        {children}
        <div className="dialog-buttons">
          <button type="submit">{submitLabel}</button>
          <button type="button" onClick={onSkip}>
            {skipLabel}
          </button>
        </div>
      </form>
    </dialog>
  );
}
