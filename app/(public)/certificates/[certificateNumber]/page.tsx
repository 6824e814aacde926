import type { Metadata } from "next";
import { verifyCertificate } from "@/lib/public/certificates/check";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";

export const metadata: Metadata = { title: "Verify a certificate", robots: { index: false, follow: false } };

const VERDICT = {
  ACTIVE: { title: "Valid certificate", style: "border-green-300 bg-green-50 text-green-950" },
  EXPIRED: { title: "Expired certificate", style: "border-amber-300 bg-amber-50 text-amber-950" },
  RETIRED: { title: "Retired certification", style: "border-slate-300 bg-slate-100 text-slate-900" },
};

/** Where the QR code on a printed certificate leads: is this number genuine, and does it still hold? */
export default async function VerifyCertificatePage({ params }: { params: Promise<{ certificateNumber: string }> }) {
  const { certificateNumber } = await params;
  const cert = await verifyCertificate(decodeURIComponent(certificateNumber).slice(0, 40));
  if (!cert) {
    return (
      <div className="mx-auto max-w-lg">
        <PageHeader title="Certificate not found" />
        <p className="text-slate-700" data-testid="verdict">
          No certificate with this number was issued by the program. Check the number printed on the certificate, or ask
          its holder for a transcript share link.
        </p>
      </div>
    );
  }
  const verdict = VERDICT[cert.status];
  return (
    <div className="mx-auto max-w-lg">
      <PageHeader title="Certificate verification" description={`Certificate number ${cert.certificateNumber}`} />
      <div className={`rounded-lg border p-5 ${verdict.style}`}>
        <p className="text-xl font-bold" data-testid="verdict">
          {verdict.title}
        </p>
        <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
          <dt className="font-medium">Awarded to</dt>
          <dd>{cert.holderName}</dd>
          <dt className="font-medium">Certification</dt>
          <dd>{cert.certificationTitle}</dd>
          <dt className="font-medium">Achieved on</dt>
          <dd>{formatDate(cert.earnedOn)}</dd>
          {cert.renewedOn && (
            <>
              <dt className="font-medium">Last renewed</dt>
              <dd>{formatDate(cert.renewedOn)}</dd>
            </>
          )}
          <dt className="font-medium">{cert.status === "EXPIRED" ? "Expired on" : "Valid until"}</dt>
          <dd>{cert.expiresOn ? formatDate(cert.expiresOn) : "Does not expire"}</dd>
          {cert.status === "RETIRED" && (
            <>
              <dt className="font-medium">Retired</dt>
              <dd>
                {cert.retiredOn
                  ? `The program retired this certification on ${formatDate(cert.retiredOn)}.`
                  : "The program retired this certification."}
              </dd>
            </>
          )}
        </dl>
      </div>
    </div>
  );
}
