import type { Metadata } from "next";
import { getMyTranscript } from "@/lib/candidate/transcript/transcript";
import { buttonClass } from "@/components/ui/button-styles";
import { ButtonLink } from "@/components/ui/button-link";
import { PageHeader } from "@/components/ui/page-header";
import { TranscriptView } from "@/components/transcript/transcript-view";

export const metadata: Metadata = { title: "Transcript" };

export default async function TranscriptPage() {
  const transcript = await getMyTranscript();
  return (
    <div>
      <PageHeader title="Transcript" description="Every certification you hold or held, and every exam you took.">
        <div className="flex flex-wrap gap-2">
          {/* A plain link: the PDF is a file to download, not a page to navigate to. */}
          <a href="/transcript/pdf" className={buttonClass("primary")}>
            Download PDF
          </a>
          <ButtonLink href="/transcript/share" variant="secondary">
            Share links
          </ButtonLink>
        </div>
      </PageHeader>
      <TranscriptView transcript={transcript} owner />
    </div>
  );
}
