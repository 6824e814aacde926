import type { Metadata } from "next";
import Link from "next/link";
import { listTemplates } from "@/lib/admin/templates/templates";
import { Card } from "@/components/ui/card";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { StatusPill } from "@/components/ui/status-pill";

export const metadata: Metadata = { title: "Badge templates" };

export default async function TemplatesPage() {
  const templates = await listTemplates();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Badge templates"
        description="The design of each badge: artwork, description, criteria and skills."
      >
        <ButtonLink href="/admin/templates/new">New template</ButtonLink>
      </PageHeader>
      <Card>
        <Table caption="Badge templates">
          <thead>
            <tr>
              <Th>Name</Th>
              <Th>For</Th>
              <Th>In program</Th>
              <Th>Artwork</Th>
              <Th>Badges</Th>
              <Th>Status</Th>
            </tr>
          </thead>
          <tbody>
            {templates.map((t) => (
              <tr key={t.id}>
                <Td>
                  <Link className="font-medium text-brand-700 underline" href={`/admin/templates/${t.id}`}>
                    {t.name}
                  </Link>
                </Td>
                <Td>{t.linkedTo}</Td>
                <Td>{t.inBadgeProgram ? "yes" : "no"}</Td>
                <Td>{t.hasImage ? "uploaded" : "generated"}</Td>
                <Td>{t.badges.toLocaleString("en-GB")}</Td>
                <Td>
                  <StatusPill status={t.status}>{t.status.toLowerCase()}</StatusPill>
                </Td>
              </tr>
            ))}
          </tbody>
        </Table>
      </Card>
    </div>
  );
}
