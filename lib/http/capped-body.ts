import "server-only";
import { Busboy } from "@fastify/busboy";
import { z } from "zod";
import { byteSize } from "@/lib/validation/uploads";

/**
 * Reading an uploaded body whole or not at all. A body is read as a stream and counted: past the cap, reading stops
 * and the answer is 413 naming the limit, so an oversized upload costs at most the cap in memory. The count at the
 * end must equal the Content-Length the client declared; anything else means bytes went missing on the way (a
 * proxy passing on only a prefix, a client that gave up), and half a file must never be imported as if it were
 * whole.
 */

export class BodyRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415 | 422,
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
  }

  toResponse() {
    // The rest of an oversized body is never read: closing the connection tells the client to stop sending it,
    // rather than have it upload the remainder into a connection that waits for it to end.
    const headers: Record<string, string> = this.status === 413 ? { connection: "close" } : {};
    return Response.json(
      { error: this.message, ...(this.fieldErrors ? { fieldErrors: this.fieldErrors } : {}) },
      { status: this.status, headers },
    );
  }
}

const contentLength = z
  .string()
  .regex(/^\d{1,15}$/, "The Content-Length header must be a whole number of bytes.")
  .transform(Number)
  .nullable();

const tooLarge = (maxBytes: number) =>
  new BodyRefused(
    413,
    `The upload is larger than this endpoint takes: at most ${byteSize(maxBytes)}. Nothing was stored; split the file and send the parts one by one.`,
  );

const cutShort = (received: number, declared: number) =>
  new BodyRefused(
    400,
    `The body has ${received.toLocaleString("en-GB")} bytes but its Content-Length says ${declared.toLocaleString("en-GB")}. Nothing was stored; send the file again.`,
  );

/** The declared length, or null when the body is sent in chunks without one. A malformed header is refused. */
function declaredLength(request: Request): number | null {
  const parsed = contentLength.safeParse(request.headers.get("content-length"));
  if (!parsed.success) throw new BodyRefused(400, parsed.error.issues[0].message);
  return parsed.data;
}

/**
 * The body's chunks as they arrive, never more than `maxBytes` in all. Throws BodyRefused: 413 past the cap (at
 * once when the declared length is already over it), naming `limitNamed` (the file's limit, when the cap allows
 * for an envelope around it); 400 when the bytes received and the declared length differ or the connection broke
 * mid-body.
 */
export async function* cappedChunks(
  request: Request,
  maxBytes: number,
  limitNamed = maxBytes,
): AsyncGenerator<Uint8Array> {
  const declared = declaredLength(request);
  if (declared !== null && declared > maxBytes) throw tooLarge(limitNamed);
  let received = 0;
  if (request.body) {
    const reader = request.body.getReader();
    try {
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch {
          throw new BodyRefused(
            400,
            "The connection broke before the body ended. Nothing was stored; send the file again.",
          );
        }
        if (chunk.done) break;
        received += chunk.value.byteLength;
        if (received > maxBytes) throw tooLarge(limitNamed);
        if (declared !== null && received > declared) throw cutShort(received, declared);
        yield chunk.value;
      }
    } finally {
      // Released, not cancelled: cancelling destroys the request, and with it the connection the refusal must
      // travel back on. The server discards what is left of the body.
      reader.releaseLock();
    }
  }
  if (declared !== null && received !== declared) throw cutShort(received, declared);
}

/** The whole body, at most `maxBytes`; see cappedChunks for the refusals. */
export async function readCappedBody(request: Request, maxBytes: number): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of cappedChunks(request, maxBytes)) {
    chunks.push(chunk);
    length += chunk.byteLength;
  }
  return Buffer.concat(chunks, length);
}

export type UploadedFile = { filename: string; contentType: string; bytes: Uint8Array };

/** Room for the multipart boundaries and part headers around a file of the largest size allowed. */
const MULTIPART_ENVELOPE = 64 * 1024;

/**
 * The one file in a multipart/form-data body, from the field `field`, at most `maxFileBytes`. Parsed by busboy
 * as the bytes arrive (Request.formData() reads the whole body into memory first, with no limit, and answers a
 * truncated body with a bare TypeError), so the cap applies to the file while it streams in. Other text fields
 * are ignored; a second file, or a file in another field, is refused rather than dropped unseen.
 */
export async function readUploadedFile(
  request: Request,
  opts: { field: string; maxFileBytes: number },
): Promise<UploadedFile> {
  const contentType = request.headers.get("content-type") ?? "";
  const wrongField = new BodyRefused(422, `Send one file, in a field named "${opts.field}".`, {
    [opts.field]: ["Choose one file."],
  });
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({
      headers: { "content-type": contentType },
      limits: { files: 1, fileSize: opts.maxFileBytes, fields: 20, fieldSize: 8 * 1024, parts: 21, headerPairs: 20 },
    });
  } catch {
    throw new BodyRefused(400, "The multipart body has no boundary in its Content-Type header.");
  }

  let refusal: BodyRefused | null = null;
  let file: (UploadedFile & { done: boolean }) | null = null;
  const parsed = new Promise<void>((resolve) => {
    const malformed = (error: unknown) =>
      (refusal ??= new BodyRefused(
        400,
        `The multipart body is malformed: ${error instanceof Error ? error.message : String(error)}.`,
      ));
    parser.on("file", (name, stream, filename, _encoding, mimeType) => {
      // A part cut off by the end of the body errors on its own stream as well as on the parser.
      stream.on("error", malformed);
      if (name !== opts.field) {
        refusal ??= wrongField;
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      const current = { filename, contentType: mimeType, bytes: new Uint8Array(), done: false };
      file = current;
      stream.on("data", (chunk: Buffer) => chunks.push(chunk));
      stream.on("limit", () => (refusal ??= tooLarge(opts.maxFileBytes)));
      stream.on("end", () => {
        current.bytes = Buffer.concat(chunks);
        current.done = true;
      });
    });
    parser.on("filesLimit", () => (refusal ??= wrongField));
    parser.on("partsLimit", () => (refusal ??= new BodyRefused(400, "The multipart body has too many parts.")));
    parser.on("error", (error) => {
      malformed(error);
      resolve();
    });
    parser.on("finish", () => resolve());
  });

  try {
    for await (const chunk of cappedChunks(request, opts.maxFileBytes + MULTIPART_ENVELOPE, opts.maxFileBytes)) {
      if (refusal) break;
      // A parser that failed never drains: `parsed` settles instead.
      if (!parser.write(chunk)) await Promise.race([new Promise((resume) => parser.once("drain", resume)), parsed]);
    }
    parser.end();
  } catch (error) {
    parser.destroy();
    throw error;
  }
  await parsed;
  if (refusal) throw refusal;
  const uploaded = file as (UploadedFile & { done: boolean }) | null;
  if (!uploaded?.done) throw wrongField;
  return { filename: uploaded.filename, contentType: uploaded.contentType, bytes: uploaded.bytes };
}
