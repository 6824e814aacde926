import { getMyCertificate } from "@/lib/candidate/transcript/transcript";
import { env } from "@/lib/env";
import { renderCertificatePdf } from "@/lib/pdf/certificate-pdf";

/** One of the candidate's own certificates as a PDF; another person's id is a 404 like a missing one. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const cert = await getMyCertificate(id.slice(0, 64));
  const { APP_URL, ISSUER_NAME } = env();
  const verifyUrl = new URL(`/certificates/${cert.certificateNumber}`, APP_URL).toString();
  const pdf = await renderCertificatePdf({ ...cert, verifyUrl }, { issuer: ISSUER_NAME });
  return new Response(Buffer.from(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `attachment; filename="certificate-${cert.certificateNumber}.pdf"`,
      "Cache-Control": "private, no-store",
    },
  });
}
