import type { Metadata } from "next";
import Link from "next/link";
import { getCertification } from "@/lib/admin/catalogue/certifications";
import { retireCertificationAction } from "@/lib/admin/catalogue/actions/retire-certification";
import { restoreCertificationAction } from "@/lib/admin/catalogue/actions/restore-certification";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { CertificationForm } from "../../../_components/certification-form";
import { RetireForm } from "../../../_components/retire-form";
import { StatusPill } from "@/components/ui/status-pill";

export const metadata: Metadata = { title: "Certification" };

export default async function CertificationPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const cert = await getCertification((await params).id);
  const created = (await searchParams).created === "1";
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`Certification ${cert.code}`} description={cert.title}>
        <Link href="/admin/catalogue" className="text-sm text-brand-700 underline">
          Back to the catalogue
        </Link>
      </PageHeader>
      {created && <Notice tone="success">Certification created.</Notice>}
      <p className="text-sm text-slate-700">
        <StatusPill status={cert.status}>{cert.status.toLowerCase()}</StatusPill>{" "}
        {cert.retiredOn && <>retired on {formatDate(cert.retiredOn)} · </>}
        earned {cert.earned.toLocaleString("en-GB")} times
      </p>
      <Card title="Details">
        <CertificationForm cert={cert} />
      </Card>
      <Card title={cert.status === "RETIRED" ? "Restore" : "Retire"}>
        <RetireForm
          id={cert.id}
          retired={cert.status === "RETIRED"}
          what="certification"
          retire={retireCertificationAction}
          restore={restoreCertificationAction}
        />
      </Card>
    </div>
  );
}
