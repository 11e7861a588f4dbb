"use client";
// Sign-in form: a plain form posting to a server action (works without JavaScript); errors appear by the
// fields and in a live region.
import { useActionState } from "react";
import { signInAction, type SignInState } from "./actions";

export function LoginForm() {
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, {});
  return (
    <form action={action} className="mt-6 space-y-4" noValidate>
      <div aria-live="polite" data-testid="login-message">
        {state.message ? <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p> : null}
      </div>
      <div>
        <label htmlFor="email" className="block font-semibold">
          Email
        </label>
        <input
          id="email"
          name="email"
          type="email"
          autoComplete="username"
          required
          defaultValue={state.email}
          aria-invalid={!!state.errors?.email}
          aria-describedby={state.errors?.email ? "email-error" : undefined}
          className="mt-1 w-full rounded border border-gray-400 px-3 py-2"
        />
        {state.errors?.email ? (
          <p id="email-error" className="mt-1 text-sm text-red-800">
            {state.errors.email}
          </p>
        ) : null}
      </div>
      <div>
        <label htmlFor="password" className="block font-semibold">
          Mật khẩu
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          aria-invalid={!!state.errors?.password}
          aria-describedby={state.errors?.password ? "password-error" : undefined}
          className="mt-1 w-full rounded border border-gray-400 px-3 py-2"
        />
        {state.errors?.password ? (
          <p id="password-error" className="mt-1 text-sm text-red-800">
            {state.errors.password}
          </p>
        ) : null}
      </div>
      <button type="submit" disabled={pending} className="w-full rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-60">
        {pending ? "Đang đăng nhập…" : "Đăng nhập"}
      </button>
    </form>
  );
}
