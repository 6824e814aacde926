import Link from "next/link";

export default function Forbidden() {
  return (
    <div className="mx-auto max-w-md text-center">
      <h1 className="text-2xl font-bold">You do not have access to this page</h1>
      <p className="mt-2 text-slate-600">
        Your account&apos;s role does not allow it. If you think it should, contact your administrator.
      </p>
      <Link href="/" className="mt-4 inline-block text-brand-700 underline">
        Go to the home page
      </Link>
    </div>
  );
}
