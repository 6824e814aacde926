import { PDFDocument, StandardFonts, type PDFFont, type PDFPage } from "pdf-lib";
import type { Transcript, TranscriptCertification } from "@/lib/records/transcript-data";
import { formatMcid } from "@/lib/rules/mcid";
import { describeNextAction } from "@/lib/rules/renewal-status";
import { A4, BRAND, MUTED, pdfDate, text, wrap } from "@/lib/pdf/layout";

const MARGIN = 50;
const CHANNEL: Record<string, string> = {
  TEST_CENTER: "Test centre",
  ONLINE: "Online",
  CERTIPORT: "Certiport",
  OTHER: "Other",
};

/** A paginating cursor: writes lines top-down and starts a new page when the current one is full. */
class Writer {
  page!: PDFPage;
  y = 0;
  pageNo = 0;
  constructor(
    private doc: PDFDocument,
    readonly regular: PDFFont,
    readonly bold: PDFFont,
    private footer: string,
  ) {
    this.newPage();
  }
  newPage() {
    this.page = this.doc.addPage([A4.width, A4.height]);
    this.pageNo++;
    this.y = A4.height - MARGIN;
    text(this.page, `${this.footer} · page ${this.pageNo}`, {
      x: MARGIN,
      y: 28,
      size: 8,
      font: this.regular,
      color: MUTED,
    });
  }
  ensure(height: number) {
    if (this.y - height < MARGIN) this.newPage();
  }
  line(
    value: string,
    opts: { size?: number; bold?: boolean; color?: typeof MUTED; indent?: number; gap?: number } = {},
  ) {
    const size = opts.size ?? 10;
    const font = opts.bold ? this.bold : this.regular;
    for (const l of wrap(value, font, size, A4.width - 2 * MARGIN - (opts.indent ?? 0))) {
      this.ensure(size + 4);
      text(this.page, l, { x: MARGIN + (opts.indent ?? 0), y: this.y - size, size, font, color: opts.color });
      this.y -= size + 4;
    }
    this.y -= opts.gap ?? 0;
  }
  space(h: number) {
    this.y -= h;
  }
}

function certBlock(w: Writer, c: TranscriptCertification, now: Date) {
  w.ensure(60);
  w.line(c.title, { bold: true, size: 11 });
  const dates = [`Earned ${pdfDate(c.earnedOn)}`];
  if (c.renewedOn) dates.push(`renewed ${pdfDate(c.renewedOn)}`);
  if (c.expiresOn) dates.push(`${c.expiresOn <= now ? "expired" : "expires"} ${pdfDate(c.expiresOn)}`);
  w.line(`${c.code} · ${c.level.toLowerCase()} · ${dates.join(", ")} · certificate ${c.certificateNumber}`, {
    color: MUTED,
    size: 9,
  });
  w.line(describeNextAction(c.nextAction, pdfDate), { size: 9, gap: 6 });
}

/** The transcript as a document the candidate can send anywhere: the same sections as the page. */
export async function renderTranscriptPdf(t: Transcript, opts: { issuer: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`Transcript of ${t.holder.name}`);
  doc.setAuthor(opts.issuer);
  doc.setSubject(`Certification transcript, MCID ${formatMcid(t.holder.mcid)}`);
  doc.setCreationDate(t.generatedAt);
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  const w = new Writer(doc, regular, bold, `${opts.issuer} · transcript generated ${pdfDate(t.generatedAt)}`);

  w.line(opts.issuer, { size: 10, color: BRAND, bold: true, gap: 4 });
  w.line("Certification transcript", { size: 20, bold: true, gap: 4 });
  w.line(t.holder.name, { size: 14, gap: 2 });
  w.line(`MCID ${formatMcid(t.holder.mcid)}`, { size: 10, color: MUTED, gap: 14 });

  w.line("Active certifications", { size: 13, bold: true, gap: 4 });
  if (t.active.length === 0) w.line("None at present.", { color: MUTED, gap: 6 });
  for (const c of t.active) certBlock(w, c, t.generatedAt);
  w.space(8);

  w.line("Inactive certifications (expired and retired)", { size: 13, bold: true, gap: 4 });
  if (t.inactive.length === 0) w.line("None.", { color: MUTED, gap: 6 });
  for (const c of t.inactive) certBlock(w, c, t.generatedAt);

  if (t.exams) {
    w.space(8);
    w.line("Exam history", { size: 13, bold: true, gap: 4 });
    if (t.exams.length === 0) w.line("No exams on record.", { color: MUTED });
    for (const e of t.exams) {
      w.line(
        `${pdfDate(e.takenOn)}  ${e.code} ${e.title}${e.examRetired ? " (retired)" : ""} · ${e.passed ? "Passed" : "Failed"} · score ${e.score} · ${CHANNEL[e.channel] ?? e.channel}`,
        { size: 9 },
      );
    }
  }
  return doc.save();
}
