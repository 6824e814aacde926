import Link from "next/link";
import { formatDate } from "@/lib/format";
import { EmptyState } from "@/components/ui/empty-state";
import { formatSalaryRange } from "@/lib/postings/format-salary";
import type { MyPostings } from "@/lib/candidate/postings/postings";

type Posting = MyPostings["matches"][number];

export function PostingList({ data }: { data: MyPostings }) {
  const { matches, totalMatches, unfilteredMatches, filtered } = data;
  return (
    <section aria-labelledby="matches-heading" className="space-y-4">
      <h2 id="matches-heading" className="text-lg font-semibold text-slate-900">
        {totalMatches === 0
          ? "No matching postings"
          : `${totalMatches} matching ${totalMatches === 1 ? "posting" : "postings"}${totalMatches > matches.length ? ` (best ${matches.length} shown)` : ""}`}
      </h2>
      {totalMatches === 0 && unfilteredMatches === 0 && (
        <EmptyState>
          No current posting asks for your certifications or your skills yet. New postings arrive regularly; earning
          another certification, or passing an exam in a new area, widens what matches.
        </EmptyState>
      )}
      {totalMatches === 0 && unfilteredMatches > 0 && filtered && (
        <EmptyState>
          {unfilteredMatches} {unfilteredMatches === 1 ? "posting matches" : "postings match"} your record, but none fit
          these filters. Try a wider location, a lower minimum salary, or{" "}
          <Link href="/opportunities" className="font-medium text-brand-700 underline">
            clear the filters
          </Link>
          .
        </EmptyState>
      )}
      {totalMatches > matches.length && (
        <p className="text-sm text-slate-700">Use the filters to narrow the list and see other postings.</p>
      )}
      <ol className="space-y-4">
        {matches.map((p) => (
          <li key={p.id}>
            <PostingCard posting={p} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function PostingCard({ posting: p }: { posting: Posting }) {
  const salary = formatSalaryRange(p.salaryMin, p.salaryMax, p.currency);
  return (
    <article
      className="rounded-lg border border-slate-200 bg-white p-5 shadow-sm"
      aria-labelledby={`posting-${p.id}`}
      data-testid="posting"
    >
      <div className="flex flex-wrap items-start justify-between gap-2">
        <div>
          <h3 id={`posting-${p.id}`} className="text-base font-semibold text-slate-900">
            {p.title}
          </h3>
          <p className="text-sm text-slate-700">
            {p.employer} · {p.location}
          </p>
        </div>
        <p className="rounded-full bg-brand-50 px-3 py-1 text-sm font-semibold text-brand-900">
          {p.why.percent}% skills match
        </p>
      </div>
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
        <div>
          <dt className="inline font-medium">Work: </dt>
          <dd className="inline">{p.remote ? "Remote" : "On-site"}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Salary: </dt>
          <dd className="inline">{salary ?? "not stated"}</dd>
        </div>
        <div>
          <dt className="inline font-medium">Posted: </dt>
          <dd className="inline">{formatDate(p.postedOn)}</dd>
        </div>
        {p.closesOn && (
          <div>
            <dt className="inline font-medium">Closes: </dt>
            <dd className="inline">{formatDate(p.closesOn)}</dd>
          </div>
        )}
      </dl>
      <div className="mt-3 rounded-md bg-slate-50 p-3 text-sm" data-testid="why">
        <p className="font-semibold text-slate-900">Why this matches</p>
        <ul className="mt-1 list-disc space-y-0.5 pl-5 text-slate-800">
          {p.why.certificationHeld && p.certification && <li>Asks for {p.certification.title}, which you hold.</li>}
          {p.why.skillsInCommon.length > 0 && (
            <li>
              Skills in common ({p.why.skillsInCommon.length} of{" "}
              {p.why.skillsInCommon.length + p.why.skillsMissing.length}): {p.why.skillsInCommon.join(", ")}.
            </li>
          )}
          {p.why.certificationMissing && p.certification && (
            <li>Asks for {p.certification.title}, which you do not hold yet.</li>
          )}
          {p.why.skillsMissing.length > 0 && <li>Also asks for: {p.why.skillsMissing.join(", ")}.</li>}
        </ul>
      </div>
      <p className="mt-3">
        <a href={p.url} rel="noopener noreferrer external" className="text-sm font-medium text-brand-700 underline">
          Read the posting
          <span className="sr-only">
            : {p.title} at {p.employer}
          </span>{" "}
          on the employer’s site
        </a>
      </p>
    </article>
  );
}
