import Link from "next/link";

export default function NotFound() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-slate-600">The link may be mistyped, or what it pointed to no longer exists.</p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
