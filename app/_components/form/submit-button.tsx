// The kit's submit button: disabled while its action runs, saying what is happening meanwhile.
export type ButtonVariant = "primary" | "secondary" | "danger";

const LOOK: Record<ButtonVariant, string> = {
  primary: "bg-brand text-white",
  secondary: "border border-brand bg-white text-brand",
  danger: "border border-accent bg-white text-accent",
};

export function SubmitButton({
  pending = false,
  children,
  pendingText = "Đang lưu…",
  variant = "primary",
  testId,
  name,
  value,
  className = "",
}: {
  pending?: boolean;
  children: React.ReactNode;
  pendingText?: string;
  variant?: ButtonVariant;
  testId?: string;
  /** For a form with several buttons: which one was pressed reaches the action. */
  name?: string;
  value?: string;
  className?: string;
}) {
  return (
    <button
      type="submit"
      name={name}
      value={value}
      disabled={pending}
      data-testid={testId}
      className={`rounded px-4 py-2 font-semibold disabled:opacity-60 ${LOOK[variant]} ${className}`}
    >
      {pending ? pendingText : children}
    </button>
  );
}
