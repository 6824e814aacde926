import type { Metadata } from "next";
import { templateChoices } from "@/lib/admin/templates/templates";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { BulkIssueForm } from "../_components/bulk-issue-form";
import { BulkRevokeForm } from "../_components/bulk-revoke-form";

export const metadata: Metadata = { title: "Issue and revoke badges" };

export default async function IssuancePage() {
  const templates = await templateChoices();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Issue and revoke badges"
        description="Issuing twice to the same person gives nothing new; revoked badges verify as revoked at once."
      />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Issue a badge to a list">
          <BulkIssueForm templates={templates} />
        </Card>
        <Card title="Revoke badges">
          <BulkRevokeForm templates={templates} />
        </Card>
      </div>
    </div>
  );
}
