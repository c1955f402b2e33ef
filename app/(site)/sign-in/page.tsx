import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignInForm } from "@/components/sign-in-form";
import { safeNext } from "@/lib/auth/actions";
import { currentEditor } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Sign in", robots: { index: false } };

export default async function SignInPage(props: PageProps<"/sign-in">) {
  const next = await safeNext((await props.searchParams).next);
  if (await currentEditor()) redirect(next);
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-bold tracking-tight">Sign in</h1>
      <p className="text-muted max-w-prose">
        Editors review what the extractor read and publish reports. Everyone else can read every figure without signing
        in. Editor accounts are made by whoever runs the server (<code>npm run editor -- add NAME</code>).
      </p>
      <SignInForm next={next} />
    </div>
  );
}
