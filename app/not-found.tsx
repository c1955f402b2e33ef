import { NotFoundMessage } from "@/components/not-found-message";
import { SiteHeader } from "@/components/site-header";

/** An address no route matches: the root layout has no chrome, so this page brings the header. */
export default function NotFound() {
  return (
    <>
      <SiteHeader />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        <NotFoundMessage />
      </main>
    </>
  );
}
