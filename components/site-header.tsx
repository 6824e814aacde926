import Link from "next/link";
import { connection } from "next/server";
import { currentViewer } from "@/lib/session";
import { signOutAction } from "@/lib/public/auth/actions/sign-out";
import { navigationFor } from "@/components/navigation";
import { Button } from "@/components/ui/button";
import { ButtonLink } from "@/components/ui/button-link";

/** Top bar: the links the viewer's role can use, and their identity. */
export async function SiteHeader() {
  // Every page depends on who is asking, so nothing is prerendered at build time (when there is no database).
  await connection();
  const viewer = await currentViewer();
  const links = navigationFor(viewer?.role ?? null);
  return (
    <header className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href={viewer ? "/dashboard" : "/"}
          className="flex items-center gap-2 text-lg font-semibold text-brand-700"
        >
          <span aria-hidden className="inline-block h-6 w-6 rounded-md bg-brand-600" />
          certdash
        </Link>
        <nav aria-label="Main" className="order-3 w-full overflow-x-auto sm:order-none sm:w-auto">
          <ul className="flex gap-4 text-sm">
            {links.map((l) => (
              <li key={l.href}>
                <Link href={l.href} className="whitespace-nowrap text-slate-700 hover:text-brand-700 hover:underline">
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="ml-auto flex items-center gap-3 text-sm">
          {viewer ? (
            <>
              <span className="hidden text-slate-600 sm:inline" data-testid="signed-in-as">
                {viewer.email}
              </span>
              <form action={signOutAction}>
                <Button type="submit" variant="secondary" size="sm">
                  Sign out
                </Button>
              </form>
            </>
          ) : (
            <ButtonLink href="/sign-in" size="sm">
              Sign in
            </ButtonLink>
          )}
        </div>
      </div>
    </header>
  );
}
