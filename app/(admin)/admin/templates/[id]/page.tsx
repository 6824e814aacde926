import type { Metadata } from "next";
import Link from "next/link";
import { getTemplate } from "@/lib/admin/templates/templates";
import { catalogueChoices } from "@/lib/admin/catalogue/catalogue";
import { env } from "@/lib/env";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { TemplateForm } from "../../_components/template-form";
import { TemplateImageForm } from "../../_components/template-image-form";

export const metadata: Metadata = { title: "Badge template" };

export default async function TemplatePage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const { id } = await params;
  const [t, choices] = await Promise.all([getTemplate(id), catalogueChoices()]);
  const created = (await searchParams).created === "1";
  const item = t.certification
    ? `${t.certification.code}: ${t.certification.title}`
    : t.exam
      ? `${t.exam.code}: ${t.exam.title}`
      : "";
  return (
    <div className="space-y-6">
      <PageHeader title={t.name} description={item}>
        <Link href="/admin/templates" className="text-sm text-brand-700 underline">
          All templates
        </Link>
      </PageHeader>
      {created && <Notice tone="success">Template created.</Notice>}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Preview: as earners and verifiers see it">
          <div className="rounded-lg border border-slate-200 p-4" data-testid="badge-preview">
            {/* biome-ignore lint/performance/noImgElement: badge art is served sized from our own routes; next/image would re-encode it */}
            <img
              src={`/admin/templates/${t.id}/image?size=300&v=${t.updatedAt.getTime()}`}
              alt={`${t.name} badge artwork`}
              width={150}
              height={150}
              className="h-36 w-36"
            />
            <h3 className="mt-3 text-lg font-semibold text-slate-900">{t.name}</h3>
            <p className="text-sm text-slate-700">Issued by {env().ISSUER_NAME}</p>
            <p className="mt-3 text-slate-800">{t.description}</p>
            <h4 className="mt-3 text-sm font-semibold text-slate-900">Criteria</h4>
            <p className="text-sm text-slate-800">{t.criteria}</p>
            {t.skills.length > 0 && (
              <ul className="mt-3 flex flex-wrap gap-2" aria-label="Skills">
                {t.skills.map((s) => (
                  <li key={s} className="rounded-full bg-brand-50 px-3 py-1 text-xs font-medium text-brand-900">
                    {s}
                  </li>
                ))}
              </ul>
            )}
            {!t.inBadgeProgram && (
              <p className="mt-3 text-sm font-medium text-red-700">
                Not in the badge program: earning the item issues no badge.
              </p>
            )}
          </div>
          <p className="mt-2 text-sm text-slate-600">
            {t.hasImage ? "Uploaded artwork." : "Generated artwork: no image uploaded yet."}{" "}
            {t.badges.toLocaleString("en-GB")} badges issued.
          </p>
        </Card>
        <Card title="Artwork">
          <TemplateImageForm id={t.id} />
        </Card>
      </div>
      <Card title="Details">
        <TemplateForm template={t} exams={choices.exams} certifications={choices.certifications} />
      </Card>
    </div>
  );
}
