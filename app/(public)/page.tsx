import Link from "next/link";
import { redirect } from "next/navigation";
import { currentViewer } from "@/lib/session";
import { homeFor } from "@/lib/auth/page-guard";

const features = [
  {
    title: "Your transcript",
    body: "Every certification and exam, active or retired, with dates, scores and renewal windows.",
  },
  { title: "Verifiable badges", body: "Open Badges 2.0 and 3.0 credentials that anyone can check, shared in a click." },
  { title: "A permanent ID", body: "One certification ID (MCID) for life, whichever test centre or email you used." },
];

export default async function LandingPage() {
  const viewer = await currentViewer();
  if (viewer) redirect(homeFor(viewer.role));
  return (
    <div className="space-y-12">
      <section className="rounded-2xl bg-gradient-to-br from-brand-700 to-brand-900 px-6 py-14 text-white sm:px-12">
        <h1 className="max-w-2xl text-3xl font-bold tracking-tight sm:text-5xl">
          Your certifications, proven anywhere.
        </h1>
        <p className="mt-4 max-w-xl text-lg text-blue-100">
          The home for your certification profile: your MCID, your transcript, and digital badges that employers can
          verify.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/sign-in" className="rounded-md bg-white px-5 py-3 font-semibold text-brand-700 hover:bg-blue-50">
            Sign in to your dashboard
          </Link>
        </div>
      </section>
      <section aria-labelledby="features" className="grid gap-6 sm:grid-cols-3">
        <h2 id="features" className="sr-only">
          What you get
        </h2>
        {features.map((f) => (
          <div key={f.title} className="rounded-lg border border-slate-200 bg-white p-6">
            <h3 className="text-lg font-semibold">{f.title}</h3>
            <p className="mt-2 text-slate-600">{f.body}</p>
          </div>
        ))}
      </section>
    </div>
  );
}
