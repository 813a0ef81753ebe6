import type { KeyboardEventHandler, ReactNode, Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { notify } from '../lib/notices';
import { Dialog } from './Dialog';
import { ErrorNotice } from './ErrorNotice';

/**
 * What a dialog's submit does: runs the request, says it worked and closes. A failure leaves the
 * dialog open with the request's error (its mutation's `error`, passed to FormDialog).
 */
export async function submitAndClose(request: () => Promise<unknown>, success: string, close: () => void): Promise<void> {
  try {
    await request();
  } catch {
    return;
  }
  notify('success', success);
  close();
}

interface FormDialogProps {
  open: boolean;
  title: string;
  onClose: () => void;
  /** Called when the form is submitted (Enter or the submit button). */
  onSubmit: () => void;
  submitLabel: string;
  /** "danger" for what is hard to undo: suspending, rejecting, deleting, changing a role. */
  tone?: 'primary' | 'danger';
  submitDisabled?: boolean;
  submitRef?: Ref<HTMLButtonElement>;
  /** The last attempt's error, shown above the buttons. */
  error?: unknown;
  onKeyDown?: KeyboardEventHandler<HTMLDialogElement>;
  /** The form checks its fields itself and shows its messages beside them (no browser bubbles). */
  noValidate?: boolean;
  children: ReactNode;
}

/** A modal form that asks for a decision: its fields, the error if it failed, then Cancel and the action. */
export function FormDialog({
  open,
  title,
  onClose,
  onSubmit,
  submitLabel,
  tone = 'primary',
  submitDisabled,
  submitRef,
  error,
  onKeyDown,
  noValidate,
  children,
}: FormDialogProps) {
  const { t } = useTranslation();
  return (
    <Dialog open={open} onClose={onClose} title={title} onKeyDown={onKeyDown}>
      <form
        className="form"
        noValidate={noValidate}
        onSubmit={(event) => {
          event.preventDefault();
          onSubmit();
        }}
      >
        {children}
        {!!error && <ErrorNotice error={error} compact />}
        <div className="form__actions">
          <button type="button" className="button button--secondary" onClick={onClose}>
            {t('common.cancel')}
          </button>
          <button ref={submitRef} type="submit" className={`button button--${tone}`} disabled={submitDisabled}>
            {submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
