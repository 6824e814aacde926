import { getMyTranscript } from "@/lib/candidate/transcript/transcript";
import { env } from "@/lib/env";
import { renderTranscriptPdf } from "@/lib/pdf/transcript-pdf";

/** The signed-in candidate's transcript as a PDF (the DAL answers 401/403 for anyone else). */
export async function GET() {
  const transcript = await getMyTranscript();
  const pdf = await renderTranscriptPdf(transcript, { issuer: env().ISSUER_NAME });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="transcript-${transcript.holder.mcid}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
