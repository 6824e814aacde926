import type { Metadata } from "next";
import Link from "next/link";
import { listCatalogue } from "@/lib/admin/catalogue/catalogue";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { StatusBadge } from "../_components/fields";

export const metadata: Metadata = { title: "Catalogue" };

const requirementText = (r: string, n: number | null, count: number) =>
  r === "ALL" ? `all ${count}` : r === "ANY_N" ? `any ${n} of ${count}` : count > 1 ? `one of ${count}` : "one exam";

export default async function CataloguePage() {
  const { exams, certifications } = await listCatalogue();
  const link = "font-medium text-brand-700 underline";
  return (
    <div className="space-y-8">
      <PageHeader title="Catalogue" description="Exams and certifications. Retired items keep their history.">
        <div className="flex flex-wrap gap-3">
          <Link className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700" href="/admin/catalogue/exams/new">New exam</Link>
          <Link className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700" href="/admin/catalogue/certifications/new">New certification</Link>
        </div>
      </PageHeader>
      <Card title={`Certifications (${certifications.length})`}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-700">
              <tr><th scope="col" className="py-2 pr-4">Code</th><th scope="col" className="pr-4">Title</th><th scope="col" className="pr-4">Level</th><th scope="col" className="pr-4">Exams</th><th scope="col" className="pr-4">Validity</th><th scope="col" className="pr-4">Earned</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {certifications.map((c) => (
                <tr key={c.id} className="border-t border-slate-200">
                  <td className="py-2 pr-4"><Link className={link} href={`/admin/catalogue/certifications/${c.id}`}>{c.code}</Link></td>
                  <td className="pr-4">{c.title}</td>
                  <td className="pr-4">{c.level.toLowerCase()}</td>
                  <td className="pr-4">{c.examCodes.join(", ")} <span className="text-slate-600">({requirementText(c.requirement, c.requiredCount, c.examCodes.length)})</span></td>
                  <td className="pr-4">{c.validityMonths ? `${c.validityMonths} months` : "never expires"}</td>
                  <td className="pr-4">{c.earned.toLocaleString("en-GB")}</td>
                  <td><StatusBadge status={c.status} />{c.retiredOn && <span className="ml-1 text-slate-600">{formatDate(c.retiredOn)}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
      <Card title={`Exams (${exams.length})`}>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-700">
              <tr><th scope="col" className="py-2 pr-4">Code</th><th scope="col" className="pr-4">Title</th><th scope="col" className="pr-4">Results</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {exams.map((e) => (
                <tr key={e.id} className="border-t border-slate-200">
                  <td className="py-2 pr-4"><Link className={link} href={`/admin/catalogue/exams/${e.id}`}>{e.code}</Link></td>
                  <td className="pr-4">{e.title}</td>
                  <td className="pr-4">{e.results.toLocaleString("en-GB")}</td>
                  <td><StatusBadge status={e.status} />{e.retiredOn && <span className="ml-1 text-slate-600">{formatDate(e.retiredOn)}</span>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
