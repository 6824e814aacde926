import type { Metadata } from "next";
import Link from "next/link";
import { getImport } from "@/lib/admin/imports/imports";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Table, Td, Th } from "@/components/ui/table";
import { StatGrid } from "@/components/stat-grid";
import { formatDateTime } from "@/lib/format";
import { StatusPill } from "@/components/ui/status-pill";
import { RefreshWhile } from "../../_components/refresh-while";
import { CancelImportForm } from "../../_components/cancel-import-form";
import { cancelImportAction } from "@/lib/admin/imports/actions/cancel-import";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage({ params }: { params: Promise<{ id: string }> }) {
  const batch = await getImport((await params).id);
  const running = batch.status === "QUEUED" || batch.status === "RUNNING";
  const percent = batch.totalRows ? Math.floor((batch.processedRows / batch.totalRows) * 100) : 0;
  const r = batch.report;
  return (
    <div className="space-y-6">
      <RefreshWhile active={running} />
      <PageHeader
        title={`Import of ${batch.filename}`}
        description={`Started ${formatDateTime(batch.createdAt)} by ${batch.createdBy}`}
      >
        <Link href="/admin/imports" className="text-sm text-brand-700 underline">
          All imports
        </Link>
      </PageHeader>
      <Card title="Progress">
        <p className="mb-2 text-sm text-slate-700">
          <StatusPill status={batch.status}>{batch.status.toLowerCase()}</StatusPill>{" "}
          <span data-testid="import-progress-text">
            {batch.processedRows.toLocaleString("en-GB")} of {batch.totalRows.toLocaleString("en-GB")} rows processed
          </span>
        </p>
        <progress
          className="h-3 w-full"
          max={batch.totalRows || 1}
          value={batch.processedRows}
          aria-label={`Import progress, ${percent}%`}
        >
          {percent}%
        </progress>
        {batch.status === "FAILED" && (
          <p className="mt-2 text-red-700" data-testid="import-failure">
            {batch.error ?? "The import stopped."}
          </p>
        )}
        {batch.status === "CANCELLED" && (
          <p className="mt-2 text-slate-800" data-testid="import-cancelled">
            Cancelled
            {batch.cancelledBy ? ` by ${batch.cancelledBy.email} on ${formatDateTime(batch.cancelledBy.at)}` : ""}. The{" "}
            {batch.processedRows.toLocaleString("en-GB")} rows processed before stay imported; the rest of the file was
            not imported.
          </p>
        )}
        {running && batch.job?.lastError && (
          <p className="mt-2 text-sm text-amber-900">
            An attempt failed; the import will be tried again ({batch.job.attempts} so far).
          </p>
        )}
        {batch.job?.lastError && (batch.status === "FAILED" || running) && (
          // The raw message is for whoever looks into it; the sentence above is what the admin acts on.
          <details className="mt-2 text-sm text-slate-700">
            <summary className="cursor-pointer">Technical detail</summary>
            <pre className="mt-1 whitespace-pre-wrap break-words text-xs">{batch.job.lastError}</pre>
          </details>
        )}
        <div className="mt-4">
          <CancelImportForm
            id={batch.id}
            open={running}
            processedRows={batch.processedRows}
            totalRows={batch.totalRows}
            action={cancelImportAction}
          />
        </div>
      </Card>
      {/* A cancelled or failed import keeps what its committed chunks did: their report is as true as a finished one's. */}
      {(batch.status === "COMPLETED" || (!running && batch.processedRows > 0)) && r && (
        <section aria-labelledby="report-heading" className="space-y-4">
          <h2 id="report-heading" className="text-xl font-semibold text-slate-900">
            Report
          </h2>
          <StatGrid
            stats={[
              { label: "Rows accepted", value: r.accepted },
              { label: "Rows rejected", value: r.rejectedCount },
              { label: "Certifications earned", value: r.certificationsEarned },
              { label: "Badges issued", value: r.badgesIssued },
              { label: "Emails queued", value: r.emailsQueued },
            ]}
          />
          <p className="text-sm text-slate-700">
            Of the accepted rows, {r.created.toLocaleString("en-GB")} were new results and{" "}
            {r.alreadyImported.toLocaleString("en-GB")} had been imported before (nothing changed for those).{" "}
            {r.unmatched.toLocaleString("en-GB")} new results match no candidate&apos;s email and wait for support to
            link them.
          </p>
          {r.rejectedCount > 0 && (
            <Card title="Rejected rows">
              {r.rejectedCount > r.rejected.length && (
                <p className="mb-2 text-sm text-slate-700">
                  The first {r.rejected.length.toLocaleString("en-GB")} of {r.rejectedCount.toLocaleString("en-GB")} are
                  listed.
                </p>
              )}
              <Table caption="Rejected rows" minWidth="20rem" maxHeight="24rem">
                <thead>
                  <tr>
                    <Th>Row</Th>
                    <Th>Reason</Th>
                  </tr>
                </thead>
                <tbody>
                  {r.rejected.map((x) => (
                    <tr key={x.row}>
                      <Td>{x.row}</Td>
                      <Td>{x.reason}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </Card>
          )}
        </section>
      )}
    </div>
  );
}
