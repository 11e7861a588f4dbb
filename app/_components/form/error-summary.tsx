"use client";
// GOV.UK's error summary: at the top of a form that came back with field errors, a heading and one link per
// field in error, to that field. It takes the focus when it appears (autofocus without JavaScript, an effect
// with it), so keyboard and screen-reader users start from the list. Not role="alert": Next's route
// announcer already is one. A client component only for the focus.
import { useEffect, useId, useRef } from "react";
import { FORM } from "@/lib/kernel/result";
import type { ActionState } from "@/lib/form/action-state";
import { fieldId } from "./field-shell";

export const ERROR_SUMMARY_TITLE = "Có lỗi cần sửa";

/** The field errors a summary lists (the whole-form message "_form" is FormStatus's), in the action's order. */
export function summaryErrors(state: ActionState | undefined): [string, string][] {
  return Object.entries(state?.errors ?? {}).filter(([name, message]) => name !== FORM && !!message);
}

export function ErrorSummary({
  state,
  idPrefix = "",
  ids = {},
  title = ERROR_SUMMARY_TITLE,
  testId = "error-summary",
  className = "",
}: {
  state?: ActionState;
  /** Prefix of the form's field ids, when they are not the bare field names ("new-" for id "new-email"). */
  idPrefix?: string;
  /** Ids of fields that follow no prefix, by field name. */
  ids?: Record<string, string>;
  title?: string;
  testId?: string;
  className?: string;
}) {
  const ref = useRef<HTMLDivElement>(null);
  const headingId = useId();
  const errors = summaryErrors(state);
  const shown = errors.length > 0;
  // Each new result with errors, even the same ones again, moves the focus back to the summary.
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [state, shown]);
  if (!shown) return null;

  const target = (name: string) => ids[name] ?? `${idPrefix}${fieldId(name)}`;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      autoFocus
      aria-labelledby={headingId}
      data-testid={testId}
      className={`${className} rounded border-4 border-red-700 bg-white p-4 focus:outline-3 focus:outline-offset-2 focus:outline-amber-400`}
    >
      <h2 id={headingId} className="text-lg font-bold">
        {title}
      </h2>
      <ul className="mt-2 space-y-1">
        {errors.map(([name, message]) => (
          <li key={name}>
            <a
              href={`#${target(name)}`}
              data-error-for={name}
              className="font-semibold text-red-800 underline"
              onClick={(e) => {
                // As GOV.UK does: focus the field itself (a fragment link only scrolls to it).
                const el = document.getElementById(target(name));
                if (!el) return;
                e.preventDefault();
                el.scrollIntoView({ block: "center" });
                el.focus({ preventScroll: true });
              }}
            >
              {message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
