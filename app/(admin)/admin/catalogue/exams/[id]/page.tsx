import type { Metadata } from "next";
import Link from "next/link";
import { getExam } from "@/lib/admin/catalogue/exams";
import { retireExamAction } from "@/lib/admin/catalogue/actions/retire-exam";
import { restoreExamAction } from "@/lib/admin/catalogue/actions/restore-exam";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { ExamForm } from "../../../_components/exam-form";
import { RetireForm } from "../../../_components/retire-form";
import { StatusPill } from "@/components/ui/status-pill";

export const metadata: Metadata = { title: "Exam" };

export default async function ExamPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ created?: string }>;
}) {
  const exam = await getExam((await params).id);
  const created = (await searchParams).created === "1";
  return (
    <div className="max-w-2xl space-y-6">
      <PageHeader title={`Exam ${exam.code}`} description={exam.title}>
        <Link href="/admin/catalogue" className="text-sm text-brand-700 underline">
          Back to the catalogue
        </Link>
      </PageHeader>
      {created && <Notice tone="success">Exam created.</Notice>}
      <p className="text-sm text-slate-700">
        <StatusPill status={exam.status}>{exam.status.toLowerCase()}</StatusPill>{" "}
        {exam.retiredOn && <>retired on {formatDate(exam.retiredOn)} · </>}
        {exam.results.toLocaleString("en-GB")} results on record
      </p>
      <Card title="Details">
        <ExamForm exam={exam} />
      </Card>
      <Card title={exam.status === "RETIRED" ? "Restore" : "Retire"}>
        <RetireForm
          id={exam.id}
          retired={exam.status === "RETIRED"}
          what="exam"
          retire={retireExamAction}
          restore={restoreExamAction}
        />
      </Card>
    </div>
  );
}
