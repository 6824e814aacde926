import type { Metadata } from "next";
import { getMyHome } from "@/lib/dal/me";
import { formatMcid } from "@/lib/rules/mcid";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDate } from "@/components/format";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const home = await getMyHome();
  return (
    <div className="space-y-6">
      <PageHeader title={`Welcome, ${home.displayName}`} description="Your certification profile at a glance." />
      {home.recentlyReactivated && (
        <p role="status" className="rounded-md border border-green-300 bg-green-50 p-3 text-green-900">
          Welcome back. Your account had been inactive after two years without a sign-in; signing in has reactivated it.
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-3">
        <Card title="Certification ID (MCID)">
          <p className="font-mono text-2xl tracking-wider" data-testid="mcid">
            {home.mcid ? formatMcid(home.mcid) : "—"}
          </p>
          <p className="mt-1 text-sm text-slate-600">Permanent: quote it to support and test centres.</p>
        </Card>
        <Card title="Active certifications">
          <p className="text-3xl font-bold">{home.activeCertifications.length}</p>
        </Card>
        <Card title="Exams passed">
          <p className="text-3xl font-bold">{home.examsPassed}</p>
        </Card>
      </div>
      <Card title="Your active certifications">
        {home.activeCertifications.length === 0 ? (
          <p className="text-slate-600">No active certifications yet.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {home.activeCertifications.map((c) => (
              <li key={c.id} className="flex flex-wrap justify-between gap-2 py-2">
                <span className="font-medium">{c.title}</span>
                <span className="text-sm text-slate-600">
                  {c.expiresOn ? `Expires ${formatDate(c.expiresOn)}` : "Does not expire"}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}
