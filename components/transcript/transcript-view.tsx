import type { Transcript, TranscriptCertification } from "@/lib/records/transcript-data";
import { describeNextAction } from "@/lib/rules/renewal-status";
import { formatMcid } from "@/lib/rules/mcid";
import { formatDate } from "@/lib/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { StatusPill } from "@/components/ui/status-pill";
import { Table, Td, Th } from "@/components/ui/table";

const LEVEL: Record<string, string> = {
  FUNDAMENTALS: "Fundamentals",
  ASSOCIATE: "Associate",
  EXPERT: "Expert",
  SPECIALTY: "Specialty",
};
const CHANNEL: Record<string, string> = {
  TEST_CENTER: "Test centre",
  ONLINE: "Online proctored",
  CERTIPORT: "Certiport",
  OTHER: "Other",
};
const STATUS_LABEL: Record<string, string> = { ACTIVE: "Active", EXPIRED: "Expired", RETIRED: "Retired (legacy)" };

function CertificationItem({ c, owner }: { c: TranscriptCertification; owner: boolean }) {
  const renewNow = c.nextAction.kind === "renew-now";
  return (
    <li id={`cert-${c.id}`} className="py-3" data-testid="certification">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{c.title}</h3>
        <StatusPill status={c.status}>{STATUS_LABEL[c.status]}</StatusPill>
      </div>
      <p className="text-sm text-slate-600">
        {LEVEL[c.level] ?? c.level} · earned {formatDate(c.earnedOn)}
        {c.renewedOn && <> · last renewed {formatDate(c.renewedOn)}</>}
        {c.expiresOn && (
          <>
            {" "}
            · {c.status === "ACTIVE" ? "expires" : "expired"} {formatDate(c.expiresOn)}
          </>
        )}{" "}
        · certificate <span className="font-mono">{c.certificateNumber}</span>
      </p>
      <p className={`mt-1 text-sm ${renewNow ? "font-semibold text-amber-900" : "text-slate-700"}`}>
        {renewNow && <StatusPill status="RENEW_NOW">Renew now</StatusPill>}{" "}
        {describeNextAction(c.nextAction, formatDate)}
      </p>
      {owner && (
        <p className="mt-1 text-sm">
          <a href={`/transcript/certificates/${c.id}`} className="text-brand-700 underline">
            Certificate (PDF)<span className="sr-only"> for {c.title}</span>
          </a>
        </p>
      )}
    </li>
  );
}

/** The transcript as the owner sees it, and as a share link shows it (without the owner's links). */
export function TranscriptView({ transcript: t, owner }: { transcript: Transcript; owner: boolean }) {
  return (
    <div className="space-y-6">
      <Card>
        <h2 className="text-lg font-semibold">{t.holder.name}</h2>
        <p className="text-sm text-slate-600">
          Certification ID (MCID) <span className="font-mono">{formatMcid(t.holder.mcid)}</span> · as of{" "}
          {formatDate(t.generatedAt)}
        </p>
      </Card>

      <Card title={`Active certifications (${t.active.length})`}>
        {t.active.length === 0 ? (
          <EmptyState>No active certifications.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {t.active.map((c) => (
              <CertificationItem key={c.id} c={c} owner={owner} />
            ))}
          </ul>
        )}
      </Card>

      <Card title={`Inactive certifications: expired and retired (${t.inactive.length})`}>
        {t.inactive.length === 0 ? (
          <EmptyState>None.</EmptyState>
        ) : (
          <ul className="divide-y divide-slate-200">
            {t.inactive.map((c) => (
              <CertificationItem key={c.id} c={c} owner={owner} />
            ))}
          </ul>
        )}
      </Card>

      {t.exams && (
        <Card title={`Exam history (${t.exams.length})`}>
          {t.exams.length === 0 ? (
            <EmptyState>No exams on record.</EmptyState>
          ) : (
            <div className="mt-2">
              <Table caption="Exam history">
                <thead>
                  <tr>
                    <Th>Date</Th>
                    <Th>Exam</Th>
                    <Th>Result</Th>
                    <Th>Score</Th>
                    <Th>Delivery</Th>
                  </tr>
                </thead>
                <tbody>
                  {t.exams.map((e) => (
                    <tr key={e.id} data-testid="exam-row">
                      <Td className="whitespace-nowrap">{formatDate(e.takenOn)}</Td>
                      <Td>
                        <span className="font-mono">{e.code}</span> {e.title}
                        {e.examRetired && (
                          <span className="ml-1 text-slate-600">
                            (retired{e.examRetiredOn ? ` ${formatDate(e.examRetiredOn)}` : ""})
                          </span>
                        )}
                      </Td>
                      <Td>
                        <StatusPill status={e.passed ? "PASSED" : "FAILED"}>
                          {e.passed ? "Passed" : "Failed"}
                        </StatusPill>
                      </Td>
                      <Td>{e.score}</Td>
                      <Td>{CHANNEL[e.channel] ?? e.channel}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            </div>
          )}
        </Card>
      )}
    </div>
  );
}
