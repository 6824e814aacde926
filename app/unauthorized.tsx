import { ButtonLink } from "@/components/ui/button-link";

export default function Unauthorized() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">Please sign in</h1>
      <p className="mt-2 text-slate-600">This page is only available to signed-in users.</p>
      <ButtonLink href="/sign-in" className="mt-4">
        Sign in
      </ButtonLink>
    </div>
  );
}
