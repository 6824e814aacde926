/** The form's overall message, announced politely to screen readers when it changes. */
export function FormStatus({ message, ok }: { message?: string; ok?: boolean }) {
  return (
    <div aria-live="polite" role="status" className="min-h-[1.5rem] text-sm">
      {message && <p className={ok ? "text-green-800" : "text-red-700"}>{message}</p>}
    </div>
  );
}
