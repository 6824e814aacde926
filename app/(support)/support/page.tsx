import type { Metadata } from "next";
import { getStaffOverview } from "@/lib/dal/staff-overview";
import { PageHeader } from "@/components/ui/card";
import { StatGrid } from "@/components/stat-grid";

export const metadata: Metadata = { title: "Support console" };

export default async function SupportHomePage() {
  const o = await getStaffOverview();
  return (
    <div>
      <PageHeader title="Support console" description="Find a candidate, fix what went wrong, and leave a trail." />
      <StatGrid
        stats={[
          { label: "Candidates", value: o.candidates },
          { label: "Inactive accounts", value: o.inactive },
          { label: "Unmatched exam results", value: o.unmatchedResults },
          { label: "Pending name changes", value: o.pendingNameChanges },
          { label: "Failed emails", value: o.failedMail },
        ]}
      />
    </div>
  );
}
