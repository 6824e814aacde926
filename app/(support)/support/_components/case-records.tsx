import type { CandidateCase } from "@/lib/support/candidates/case";
import { recordRenewal } from "@/lib/admin/renewals/actions/record-renewal";
import { Card } from "@/components/ui/card";
import { formatDate } from "@/lib/format";
import { ActionForm } from "./action-form";
import { Pill, TableWrap, td, th } from "./bits";

const channelLabel: Record<string, string> = { TEST_CENTER: "Test centre", ONLINE: "Online", CERTIPORT: "Certiport", OTHER: "Other" };

/** The transcript as support reads it: every attempt with where it came from. */
export function CaseRecords({ c, canRenew }: { c: CandidateCase; canRenew: boolean }) {
  return (
    <>
      <Card title={`Certifications (${c.certifications.length})`}>
        {c.certifications.length === 0 ? (
          <p className="text-slate-700">No certifications earned.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {c.certifications.map((x) => (
              <li key={x.id} className="py-2">
                <div className="flex flex-wrap items-center justify-between gap-2">
                  <span className="font-medium text-slate-900">{x.title} <span className="text-sm text-slate-600">({x.code})</span></span>
                  <Pill>{x.status}</Pill>
                </div>
                <p className="text-sm text-slate-700">
                  Earned {formatDate(x.earnedOn)}; {x.expiresOn ? `expires ${formatDate(x.expiresOn)}` : "does not expire"}
                  {x.renewals ? `; renewed ${x.renewals} time(s), last ${x.renewedOn ? formatDate(x.renewedOn) : "—"}` : ""}; certificate {x.certificateNumber}
                </p>
                {canRenew && x.expiresOn && x.status !== "RETIRED" && (
                  <details className="mt-1">
                    <summary className="cursor-pointer text-sm font-medium text-brand-700">Record a renewal (admin)</summary>
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
          <p className="text-slate-700">No exam results.</p>
        ) : (
          <TableWrap label="Exam results">
            <thead>
              <tr>
                <th scope="col" className={th}>Exam</th>
                <th scope="col" className={th}>Taken</th>
                <th scope="col" className={th}>Score</th>
                <th scope="col" className={th}>Result</th>
                <th scope="col" className={th}>Channel</th>
                <th scope="col" className={th}>Source record</th>
                <th scope="col" className={th}>Reported for</th>
              </tr>
            </thead>
            <tbody>
              {c.examResults.map((r) => (
                <tr key={r.id}>
                  <td className={td}><span className="font-medium">{r.examCode}</span> <span className="text-slate-600">{r.examTitle}</span></td>
                  <td className={`${td} whitespace-nowrap`}>{formatDate(r.takenOn)}</td>
                  <td className={td}>{r.score}</td>
                  <td className={td}><Pill tone={r.passed ? "green" : "red"}>{r.passed ? "Passed" : "Failed"}</Pill></td>
                  <td className={td}>{channelLabel[r.channel] ?? r.channel}{r.imported ? " (import)" : ""}</td>
                  <td className={`${td} font-mono`}>{r.sourceRecordId ?? "—"}</td>
                  <td className={`${td} break-all`}>{r.sourceEmail}</td>
                </tr>
              ))}
            </tbody>
          </TableWrap>
        )}
      </Card>
    </>
  );
}
