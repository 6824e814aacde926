import type { Metadata } from "next";
import { getAdminOverview } from "@/lib/admin/overview/overview";
import { PageHeader } from "@/components/ui/page-header";
import { StatGrid } from "@/components/stat-grid";

export const metadata: Metadata = { title: "Admin" };

export default async function AdminHomePage() {
  const o = await getAdminOverview();
  return (
    <div>
      <PageHeader title="Program administration" description="Catalogue, badge templates, imports and outgoing mail." />
      <StatGrid
        stats={[
          { label: "Active exams", value: o.exams },
          { label: "Active certifications", value: o.certifications },
          { label: "Badge templates in the program", value: o.templates },
          { label: "Jobs waiting or running", value: o.queuedJobs },
          { label: "Failed jobs", value: o.failedJobs },
        ]}
      />
    </div>
  );
}
