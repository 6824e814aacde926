import type { Metadata } from "next";
import { requireRole } from "@/lib/session";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { CertificationForm } from "../../../_components/certification-form";

export const metadata: Metadata = { title: "New certification" };

export default async function NewCertificationPage() {
  await requireRole("ADMIN");
  return (
    <div className="max-w-2xl">
      <PageHeader title="New certification" />
      <Card>
        <CertificationForm />
      </Card>
    </div>
  );
}
