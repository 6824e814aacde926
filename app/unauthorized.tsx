import Link from "next/link";

export default function Unauthorized() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">Please sign in</h1>
      <p className="mt-2 text-slate-600">This page is only available to signed-in users.</p>
      <Link href="/sign-in" className="mt-4 inline-block rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">Sign in</Link>
    </div>
  );
}
