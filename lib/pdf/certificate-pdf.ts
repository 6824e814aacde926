import { PDFDocument, StandardFonts, rgb } from "pdf-lib";
import QRCode from "qrcode";
import { formatMcid } from "@/lib/rules/mcid";
import { BRAND, MUTED, centred, pdfDate } from "@/lib/pdf/layout";

export type CertificateData = {
  holderName: string;
  mcid: string;
  certificationTitle: string;
  certificateNumber: string;
  earnedOn: Date;
  expiresOn: Date | null;
  verifyUrl: string;
};

/** A landscape certificate with a QR code to the public verification page for its number. */
export async function renderCertificatePdf(c: CertificateData, opts: { issuer: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${c.certificationTitle}: ${c.holderName}`);
  doc.setAuthor(opts.issuer);
  doc.setSubject(`Certificate ${c.certificateNumber}`);
  const page = doc.addPage([841.89, 595.28]);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const serif = await doc.embedFont(StandardFonts.TimesRomanBoldItalic);
  const { width, height } = page.getSize();

  page.drawRectangle({ x: 24, y: 24, width: width - 48, height: height - 48, borderColor: BRAND, borderWidth: 3 });
  page.drawRectangle({
    x: 34,
    y: 34,
    width: width - 68,
    height: height - 68,
    borderColor: rgb(0.75, 0.8, 0.95),
    borderWidth: 1,
  });

  centred(page, opts.issuer.toUpperCase(), { y: height - 100, size: 12, font: bold, color: BRAND });
  centred(page, "Certificate of Achievement", { y: height - 150, size: 30, font: serif });
  centred(page, "This certifies that", { y: height - 200, size: 13, font: regular, color: MUTED });
  centred(page, c.holderName, { y: height - 245, size: 28, font: bold });
  centred(page, "has successfully achieved the certification", {
    y: height - 285,
    size: 13,
    font: regular,
    color: MUTED,
  });
  centred(page, c.certificationTitle, { y: height - 325, size: 20, font: bold, color: BRAND });

  const left = 90;
  const rows: [string, string][] = [
    ["Date of achievement", pdfDate(c.earnedOn)],
    ["Certificate number", c.certificateNumber],
    ["Certification ID (MCID)", formatMcid(c.mcid)],
  ];
  if (c.expiresOn) rows.push(["Valid through", pdfDate(c.expiresOn)]);
  rows.forEach(([label, value], i) => {
    const y = 170 - i * 24;
    page.drawText(label, { x: left, y, size: 10, font: regular, color: MUTED });
    page.drawText(value, { x: left + 150, y, size: 11, font: bold });
  });

  const qr = await QRCode.toBuffer(c.verifyUrl, { type: "png", errorCorrectionLevel: "M", margin: 1, width: 240 });
  const png = await doc.embedPng(qr);
  const size = 110;
  page.drawImage(png, { x: width - 90 - size, y: 80, width: size, height: size });
  page.drawText("Scan to verify", { x: width - 90 - size + 22, y: 66, size: 9, font: regular, color: MUTED });
  centred(page, `Verify at ${c.verifyUrl}`, { y: 48, size: 8, font: regular, color: MUTED });
  return doc.save();
}
