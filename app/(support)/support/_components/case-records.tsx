import type { CandidateCase } from "@/lib/support/candidates/case";
import { recordRenewal } from "@/lib/admin/renewals/actions/record-renewal";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDate } from "@/lib/format";
import { ActionForm } from "./action-form";
import { StatusPill } from "@/components/ui/status-pill";
import { Table, Td, Th } from "@/components/ui/table";

const channelLabel: Record<string, string> = {
  TEST_CENTER: "Test centre",
  ONLINE: "Online",
  CERTIPORT: "Certiport",
  OTHER: "Other",
};

/** The transcript as support reads it: every attempt with where it came from. */
export function CaseRecords({ c, canRenew }: { c: CandidateCase; canRenew: boolean }) {
  return (
    <>
      <Card title={`Certifications (${c.certifications.length})`}>
        {c.certifications.length === 0 ? (
          <EmptyState>No certifications earned.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {c.certifications.map((x) => (
              <li key={x.id} className="py-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-slate-900">
                    {x.title} <span className="text-sm text-slate-600">({x.code})</span>
                  </span>
                  <StatusPill status={x.status} />
                </div>
                <p className="text-sm text-slate-700">
                  Earned {formatDate(x.earnedOn)};{" "}
                  {x.expiresOn ? `expires ${formatDate(x.expiresOn)}` : "does not expire"}
                  {x.renewals
                    ? `; renewed ${x.renewals} time(s), last ${x.renewedOn ? formatDate(x.renewedOn) : "—"}`
                    : ""}
                  ; certificate {x.certificateNumber}
                </p>
                {canRenew && x.expiresOn && x.status !== "RETIRED" && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">
                      Record a renewal (admin)
                    </summary>
                    <div className="mt-2">
                      <ActionForm
                        action={recordRenewal}
                        label={`Record a renewal of ${x.title}`}
                        hidden={{ earnedCertificationId: x.id }}
                        submitLabel="Record renewal"
                        fields={[
                          { kind: "date", name: "renewedOn", label: "Renewed on", hint: "Leave empty for today." },
                          { kind: "textarea", name: "reason", label: "Reason", hint: "Kept in the audit log." },
                        ]}
                      />
                    </div>
                  </details>
                )}
              </li>
            ))}
          </ul>
        )}
      </Card>
      <Card title={`Exam results (${c.examResults.length})`}>
        {c.examResults.length === 0 ? (
          <EmptyState>No exam results.</EmptyState>
        ) : (
          <Table caption="Exam results">
            <thead>
              <tr>
                <Th>Exam</Th>
                <Th>Taken</Th>
                <Th>Score</Th>
                <Th>Result</Th>
                <Th>Channel</Th>
                <Th>Source record</Th>
                <Th>Reported for</Th>
              </tr>
            </thead>
            <tbody>
              {c.examResults.map((r) => (
                <tr key={r.id}>
                  <Td>
                    <span className="font-medium">{r.examCode}</span>{" "}
                    <span className="text-slate-600">{r.examTitle}</span>
                  </Td>
                  <Td className="whitespace-nowrap">{formatDate(r.takenOn)}</Td>
                  <Td>{r.score}</Td>
                  <Td>
                    <StatusPill status={r.passed ? "PASSED" : "FAILED"}>{r.passed ? "Passed" : "Failed"}</StatusPill>
                  </Td>
                  <Td>
                    {channelLabel[r.channel] ?? r.channel}
                    {r.imported ? " (import)" : ""}
                  </Td>
                  <Td className="font-mono">{r.sourceRecordId ?? "—"}</Td>
                  <Td className="break-all">{r.sourceEmail}</Td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}
