import type { Metadata } from "next";
import Link from "next/link";
import { listImports } from "@/lib/admin/imports/imports";
import { Card, PageHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { StatusBadge } from "../_components/fields";
import { UploadResultsForm } from "../_components/upload-results-form";

export const metadata: Metadata = { title: "Imports" };

export default async function ImportsPage() {
  const imports = await listImports();
  return (
    <div className="space-y-6">
      <PageHeader title="Import exam results" description="Results from test delivery partners. Importing the same file again changes nothing." />
      <Card title="Upload a file"><UploadResultsForm /></Card>
      <Card title="Recent imports">
        {imports.length === 0 ? (
          <p className="text-slate-700">No imports yet.</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full text-left text-sm">
              <thead className="text-slate-700">
                <tr><th scope="col" className="py-2 pr-4">File</th><th scope="col" className="pr-4">Started</th><th scope="col" className="pr-4">By</th><th scope="col" className="pr-4">Rows</th><th scope="col" className="pr-4">Accepted</th><th scope="col" className="pr-4">Rejected</th><th scope="col">Status</th></tr>
              </thead>
              <tbody>
                {imports.map((i) => (
                  <tr key={i.id} className="border-t border-slate-200">
                    <td className="py-2 pr-4"><Link className="font-medium text-brand-700 underline" href={`/admin/imports/${i.id}`}>{i.filename}</Link></td>
                    <td className="pr-4">{formatDateTime(i.createdAt)}</td>
                    <td className="pr-4">{i.createdBy}</td>
                    <td className="pr-4">{i.totalRows.toLocaleString("en-GB")}</td>
                    <td className="pr-4">{i.acceptedRows.toLocaleString("en-GB")}</td>
                    <td className="pr-4">{i.rejectedRows.toLocaleString("en-GB")}</td>
                    <td><StatusBadge status={i.status} /></td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Card>
    </div>
  );
}
