import type { Metadata } from "next";
import Link from "next/link";
import { listImports } from "@/lib/admin/imports/imports";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { formatDateTime } from "@/lib/format";
import { StatusPill } from "@/components/ui/status-pill";
import { UploadResultsForm } from "../_components/upload-results-form";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  const imports = await listImports();
  return (
    <div className="space-y-6">
      <PageHeader
        title="Import exam results"
        description="Results from test delivery partners. Importing the same file again changes nothing."
      />
      <Card title="Upload a file">
        <UploadResultsForm />
      </Card>
      <Card title="Recent imports">
        {imports.length === 0 ? (
          <EmptyState>No imports yet.</EmptyState>
        ) : (
          <Table caption="Recent imports" minWidth="44rem">
            <thead>
              <tr>
                <Th>File</Th>
                <Th>Started</Th>
                <Th>By</Th>
                <Th>Rows</Th>
                <Th>Accepted</Th>
                <Th>Rejected</Th>
                <Th>Status</Th>
              </tr>
            </thead>
            <tbody>
              {imports.map((i) => (
                <tr key={i.id}>
                  <Td className="break-all">
                    <Link className="font-medium text-brand-700 underline" href={`/admin/imports/${i.id}`}>
                      {i.filename}
                    </Link>
                  </Td>
                  <Td>{formatDateTime(i.createdAt)}</Td>
                  <Td>{i.createdBy}</Td>
                  <Td>{i.totalRows.toLocaleString("en-GB")}</Td>
                  <Td>{i.acceptedRows.toLocaleString("en-GB")}</Td>
                  <Td>{i.rejectedRows.toLocaleString("en-GB")}</Td>
                  <Td>
                    <StatusPill status={i.status}>{i.status.toLowerCase()}</StatusPill>
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </div>
  );
}
