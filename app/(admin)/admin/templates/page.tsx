import type { Metadata } from "next";
import Link from "next/link";
import { listTemplates } from "@/lib/admin/templates/templates";
import { Card, PageHeader } from "@/components/ui/card";
import { StatusBadge } from "../_components/fields";

export const metadata: Metadata = { title: "Badge templates" };

export default async function TemplatesPage() {
  const templates = await listTemplates();
  return (
    <div className="space-y-6">
      <PageHeader title="Badge templates" description="The design of each badge: artwork, description, criteria and skills.">
        <Link className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700" href="/admin/templates/new">New template</Link>
      </PageHeader>
      <Card>
        <div className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <thead className="text-slate-700">
              <tr><th scope="col" className="py-2 pr-4">Name</th><th scope="col" className="pr-4">For</th><th scope="col" className="pr-4">In program</th><th scope="col" className="pr-4">Artwork</th><th scope="col" className="pr-4">Badges</th><th scope="col">Status</th></tr>
            </thead>
            <tbody>
              {templates.map((t) => (
                <tr key={t.id} className="border-t border-slate-200">
                  <td className="py-2 pr-4"><Link className="font-medium text-brand-700 underline" href={`/admin/templates/${t.id}`}>{t.name}</Link></td>
                  <td className="pr-4">{t.linkedTo}</td>
                  <td className="pr-4">{t.inBadgeProgram ? "yes" : "no"}</td>
                  <td className="pr-4">{t.hasImage ? "uploaded" : "generated"}</td>
                  <td className="pr-4">{t.badges.toLocaleString("en-GB")}</td>
                  <td><StatusBadge status={t.status} /></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </Card>
    </div>
  );
}
