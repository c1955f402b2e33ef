"use client";
import { useActionState } from "react";
import { signIn, type SignInState } from "@/lib/auth/actions";

export function SignInForm({ next }: { next: string }) {
  const [state, action, pending] = useActionState<SignInState, FormData>(signIn, { error: null, name: "" });
  return (
    <form action={action} className="max-w-sm space-y-4" aria-describedby={state.error ? "sign-in-error" : undefined}>
      <input type="hidden" name="next" value={next} />
      <div>
        <label htmlFor="name" className="block text-sm font-medium">
          Editor name
        </label>
        <input
          id="name"
          name="name"
          autoComplete="username"
          required
          defaultValue={state.name}
          className="border-rule mt-1 w-full rounded border px-2 py-1.5"
        />
      </div>
      <div>
        <label htmlFor="password" className="block text-sm font-medium">
          Password
        </label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="border-rule mt-1 w-full rounded border px-2 py-1.5"
        />
      </div>
      {state.error ? (
        <p id="sign-in-error" role="alert" className="text-sm text-red-800">
          {state.error}
        </p>
      ) : null}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-neutral-900 px-3 py-1.5 text-sm font-medium text-white disabled:opacity-60"
      >
        {pending ? "Signing in…" : "Sign in"}
      </button>
    </form>
  );
}
