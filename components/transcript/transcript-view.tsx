import type { Transcript, TranscriptCertification } from "@/lib/records/transcript-data";
import { describeNextAction } from "@/lib/rules/renewal-status";
import { formatMcid } from "@/lib/rules/mcid";
import { formatDate } from "@/lib/format";

const LEVEL: Record<string, string> = { FUNDAMENTALS: "Fundamentals", ASSOCIATE: "Associate", EXPERT: "Expert", SPECIALTY: "Specialty" };
const CHANNEL: Record<string, string> = { TEST_CENTER: "Test centre", ONLINE: "Online proctored", CERTIPORT: "Certiport", OTHER: "Other" };
const STATUS: Record<string, { label: string; style: string }> = {
  ACTIVE: { label: "Active", style: "bg-green-100 text-green-900" },
  EXPIRED: { label: "Expired", style: "bg-slate-200 text-slate-800" },
  RETIRED: { label: "Retired (legacy)", style: "bg-slate-200 text-slate-800" },
};

function CertificationItem({ c, owner }: { c: TranscriptCertification; owner: boolean }) {
  const status = STATUS[c.status];
  const renewNow = c.nextAction.kind === "renew-now";
  return (
    <li id={`cert-${c.id}`} className="py-3" data-testid="certification">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 className="font-semibold text-slate-900">{c.title}</h3>
        <span className={`rounded-full px-2.5 py-0.5 text-xs font-semibold ${status.style}`}>{status.label}</span>
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
        {renewNow && <span className="mr-1 rounded bg-amber-100 px-1.5 py-0.5">Renew now</span>}
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
      <section aria-labelledby="holder" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="holder" className="text-lg font-semibold">
          {t.holder.name}
        </h2>
        <p className="text-sm text-slate-600">
          Certification ID (MCID) <span className="font-mono">{formatMcid(t.holder.mcid)}</span> · as of {formatDate(t.generatedAt)}
        </p>
      </section>

      <section aria-labelledby="active" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="active" className="text-base font-semibold">
          Active certifications ({t.active.length})
        </h2>
        {t.active.length === 0 ? (
          <p className="mt-2 text-slate-600">No active certifications.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {t.active.map((c) => (
              <CertificationItem key={c.id} c={c} owner={owner} />
            ))}
          </ul>
        )}
      </section>

      <section aria-labelledby="inactive" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
        <h2 id="inactive" className="text-base font-semibold">
          Inactive certifications: expired and retired ({t.inactive.length})
        </h2>
        {t.inactive.length === 0 ? (
          <p className="mt-2 text-slate-600">None.</p>
        ) : (
          <ul className="divide-y divide-slate-200">
            {t.inactive.map((c) => (
              <CertificationItem key={c.id} c={c} owner={owner} />
            ))}
          </ul>
        )}
      </section>

      {t.exams && (
        <section aria-labelledby="exams" className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm">
          <h2 id="exams" className="text-base font-semibold">
            Exam history ({t.exams.length})
          </h2>
          {t.exams.length === 0 ? (
            <p className="mt-2 text-slate-600">No exams on record.</p>
          ) : (
            <div className="mt-2 overflow-x-auto" role="region" aria-label="Exam history table, scrolls sideways on small screens" tabIndex={0}>
              <table className="w-full min-w-[36rem] text-left text-sm">
                <thead className="border-b border-slate-300 text-slate-700">
                  <tr>
                    <th scope="col" className="py-2 pr-3">Date</th>
                    <th scope="col" className="py-2 pr-3">Exam</th>
                    <th scope="col" className="py-2 pr-3">Result</th>
                    <th scope="col" className="py-2 pr-3">Score</th>
                    <th scope="col" className="py-2">Delivery</th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-200">
                  {t.exams.map((e) => (
                    <tr key={e.id} data-testid="exam-row">
                      <td className="whitespace-nowrap py-2 pr-3">{formatDate(e.takenOn)}</td>
                      <td className="py-2 pr-3">
                        <span className="font-mono">{e.code}</span> {e.title}
                        {e.examRetired && <span className="ml-1 text-slate-600">(retired{e.examRetiredOn ? ` ${formatDate(e.examRetiredOn)}` : ""})</span>}
                      </td>
                      <td className={`py-2 pr-3 font-semibold ${e.passed ? "text-green-800" : "text-red-700"}`}>{e.passed ? "Passed" : "Failed"}</td>
                      <td className="py-2 pr-3">{e.score}</td>
                      <td className="py-2">{CHANNEL[e.channel] ?? e.channel}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      )}
    </div>
  );
}
