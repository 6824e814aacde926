import type { Metadata } from "next";
import Link from "next/link";
import { getMyTranscript } from "@/lib/candidate/transcript/transcript";
import { PageHeader } from "@/components/ui/card";
import { TranscriptView } from "@/components/transcript/transcript-view";

export const metadata: Metadata = { title: "Transcript" };

export default async function TranscriptPage() {
  const transcript = await getMyTranscript();
  return (
    <div>
      <PageHeader title="Transcript" description="Every certification you hold or held, and every exam you took.">
        <div className="flex flex-wrap gap-2">
          <a href="/transcript/pdf" className="rounded-md bg-brand-600 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-700">
            Download PDF
          </a>
          <Link href="/transcript/share" className="rounded-md border border-slate-300 bg-white px-4 py-2 text-sm font-semibold text-slate-800 hover:bg-slate-100">
            Share links
          </Link>
        </div>
      </PageHeader>
      <TranscriptView transcript={transcript} owner />
    </div>
  );
}
