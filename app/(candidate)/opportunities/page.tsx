import type { Metadata } from "next";
import Link from "next/link";
import { getMyPostings } from "@/lib/candidate/postings/postings";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { OpportunityFiltersForm } from "./filters-form";
import { PostingList } from "./posting-list";
import { SalaryInsights } from "./salary-insights";
import { YourSkills } from "./your-skills";

export const metadata: Metadata = { title: "Opportunities" };

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function OpportunitiesPage({ searchParams }: Props) {
  const data = await getMyPostings(await searchParams);
  const hasRecord = data.skills.length > 0 || data.certifications.length > 0;
  return (
    <div className="space-y-6">
      <PageHeader
        title="Opportunities"
        description="Current job postings that ask for your certifications or your skills, best match first, and what they pay."
      />
      {!hasRecord ? (
        <Card title="Nothing to match yet">
          <p className="text-slate-700">
            Your record has no passed exams and no active certifications, so there are no skills to match against job
            postings. Once you pass an exam, its results reach your record within a few days, and postings that fit
            appear here.
          </p>
          <p className="mt-3">
            <Link href="/transcript" className="font-medium text-brand-700 underline">
              See your transcript
            </Link>
          </p>
        </Card>
      ) : (
        <>
          <div className="grid gap-6 lg:grid-cols-2 lg:items-start">
            <YourSkills skills={data.skills} certifications={data.certifications} />
            <SalaryInsights insights={data.salaryInsights} />
          </div>
          <OpportunityFiltersForm filters={data.filters} currencies={data.currencies} errors={data.filterErrors} />
          <PostingList data={data} />
        </>
      )}
    </div>
  );
}
