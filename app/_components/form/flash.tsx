// The message a page shows after a form redirected to it (Post/Redirect/Get), chosen by its query string.
// The status region is always rendered, so a message arriving with a client-side navigation is announced.
export function Flash({ message, testId, className = "" }: { message?: string; testId?: string; className?: string }) {
  return (
    <div role="status" data-testid={testId} className={className}>
      {message ? <p className="rounded bg-green-50 px-3 py-2 text-sm text-green-900">{message}</p> : null}
    </div>
  );
}
