"use client";

import { type ReactNode, useId, useRef } from "react";
import { Button } from "./button";
import type { ButtonVariant } from "./button-styles";

type Props = {
  /** The button that opens the dialog, e.g. "Revoke badges". */
  trigger: ReactNode;
  triggerVariant?: ButtonVariant;
  /** Names the trigger for assistive technology when its visible text is not enough ("Revoke" which link?). */
  triggerLabel?: string;
  title: string;
  /** What will happen, and any field the confirmation needs (a checkbox, hidden inputs with `action`). */
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /**
   * With an action the dialog holds its own form. Without one it must sit inside a form, and its confirm button
   * submits that form, fields and all.
   */
  action?: (form: FormData) => void;
  pending?: boolean;
  disabled?: boolean;
};

/**
 * Asks before doing what cannot be undone. Built on the native modal <dialog>: the rest of the page is inert while
 * it is open, Escape closes it, and focus starts on the safe choice and returns to the trigger afterwards.
 */
export function ConfirmDialog({
  trigger,
  triggerVariant = "danger",
  triggerLabel,
  title,
  children,
  confirmLabel,
  cancelLabel = "Cancel",
  action,
  pending = false,
  disabled = false,
}: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const keep = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();

  const open = () => {
    dialog.current?.showModal();
    keep.current?.focus();
  };
  const close = () => dialog.current?.close();
  const body = (
    <>
      <h2 id={titleId} className="text-lg font-semibold text-slate-900">
        {title}
      </h2>
      <div id={bodyId} className="mt-2 space-y-3 text-sm text-slate-800">
        {children}
      </div>
      <div className="mt-4 flex flex-wrap justify-end gap-2">
        <Button ref={keep} type="button" variant="secondary" onClick={close}>
          {cancelLabel}
        </Button>
        <Button type="submit" variant="danger" disabled={pending} onClick={action ? undefined : close}>
          {confirmLabel}
        </Button>
      </div>
    </>
  );
  return (
    <>
      <Button
        ref={opener}
        type="button"
        variant={triggerVariant}
        onClick={open}
        disabled={disabled || pending}
        aria-label={triggerLabel}
        aria-haspopup="dialog"
      >
        {trigger}
      </Button>
      <dialog
        ref={dialog}
        aria-labelledby={titleId}
        aria-describedby={bodyId}
        onClose={() => opener.current?.focus()}
        className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-slate-300 bg-white p-5 text-left shadow-xl backdrop:bg-slate-900/50"
      >
        {action ? (
          // The dialog closes as the form is sent; the outcome is announced by the page, not inside a closed dialog.
          <form action={action} onSubmit={close}>
            {body}
          </form>
        ) : (
          body
        )}
      </dialog>
    </>
  );
}
