import { describe, expect, it } from "vitest";
import { BodyRefused, readCappedBody, readUploadedFile } from "@/lib/http/capped-body";
import { byteSize } from "@/lib/validation/uploads";
import { oversizedFormSubmission, SERVER_ACTION_MAX_BYTES } from "@/lib/http/form-submission-limit";

const MB = 1024 * 1024;
const URL_ = "http://localhost/upload";

/** A body that arrives in `chunks` pieces of `size` bytes, counting how many the reader pulled. */
function streamed(chunks: number, size: number, opts: { failAt?: number } = {}) {
  const pulled = { count: 0 };
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled.count === opts.failAt) return controller.error(new Error("socket hang up"));
        if (pulled.count === chunks) return controller.close();
        pulled.count++;
        controller.enqueue(new Uint8Array(size).fill(97));
      },
    },
    { highWaterMark: 0 },
  );
  return { body, pulled };
}

function post(body: BodyInit | ReadableStream | null, headers: Record<string, string> = {}) {
  return new Request(URL_, { method: "POST", body, headers, duplex: "half" } as RequestInit);
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(BodyRefused);
  return error as BodyRefused;
}

describe("reading a body with a hard cap", () => {
  it("returns the whole body when it fits, with or without a declared length", async () => {
    const text = "email,name\na@example.com,A\n";
    expect(Buffer.from(await readCappedBody(post(text), MB)).toString()).toBe(text);
    expect(
      Buffer.from(await readCappedBody(post(text, { "content-length": String(text.length) }), MB)).toString(),
    ).toBe(text);
    const { body } = streamed(4, 1000);
    expect((await readCappedBody(post(body), MB)).length).toBe(4000);
    expect((await readCappedBody(post(null), MB)).length).toBe(0);
  });

  it("refuses a declared length over the cap with 413 before reading a byte", async () => {
    const { body, pulled } = streamed(3, 1000);
    const error = await refusal(readCappedBody(post(body, { "content-length": String(MB + 1) }), MB));
    expect(error.status).toBe(413);
    expect(error.message).toContain("at most 1 MB");
    expect(pulled.count).toBe(0);
  });

  it("stops reading a body without a declared length as soon as it passes the cap", async () => {
    const { body, pulled } = streamed(100, 64 * 1024);
    const error = await refusal(readCappedBody(post(body), MB));
    expect(error.status).toBe(413);
    expect(error.message).toContain("at most 1 MB");
    // 16 chunks fill the cap; the 17th passes it.
    expect(pulled.count).toBe(17);
  });

  it("refuses a body whose length differs from its Content-Length, either way", async () => {
    const short = await refusal(readCappedBody(post(streamed(2, 100).body, { "content-length": "300" }), MB));
    expect(short.status).toBe(400);
    expect(short.message).toMatch(/200 bytes but its Content-Length says 300/);
    const long = await refusal(readCappedBody(post(streamed(3, 100).body, { "content-length": "150" }), MB));
    expect(long.status).toBe(400);
    expect(long.message).toContain("Content-Length says 150");
  });

  it.each(["12abc", "-1", "1e3", " ", "1,2", "9".repeat(16)])(
    "refuses the malformed Content-Length %j",
    async (value) => {
      const error = await refusal(readCappedBody(post("abc", { "content-length": value }), MB));
      expect(error.status).toBe(400);
      expect(error.message).toContain("Content-Length");
    },
  );

  it("refuses a body whose connection broke part way", async () => {
    const error = await refusal(readCappedBody(post(streamed(5, 100, { failAt: 2 }).body), MB));
    expect(error.status).toBe(400);
    expect(error.message).toContain("connection broke");
  });

  it("names sizes the way the limits are set, rounding up", () => {
    expect(byteSize(50 * MB)).toBe("50 MB");
    expect(byteSize(50 * MB + 1)).toBe("50.1 MB");
    expect(byteSize(MB)).toBe("1 MB");
    expect(byteSize(900 * 1024)).toBe("900 KB");
    expect(byteSize(900 * 1024 + 1)).toBe("900.1 KB");
  });
});

describe("reading one uploaded file from a multipart body", () => {
  const form = (entries: [string, string | File][]) => {
    const data = new FormData();
    for (const [name, value] of entries) data.append(name, value);
    return data;
  };
  const csv = (bytes: number, name = "results.csv") =>
    new File([new Uint8Array(bytes).fill(97)], name, { type: "text/csv" });
  const read = (body: BodyInit, headers?: Record<string, string>) =>
    readUploadedFile(post(body, headers), { field: "file", maxFileBytes: MB });

  it("returns the file's name, type and every byte, beside other text fields", async () => {
    const file = await read(
      form([
        ["note", "hello"],
        ["file", csv(MB, "partner.csv")],
      ]),
    );
    expect(file).toMatchObject({ filename: "partner.csv", contentType: "text/csv" });
    expect(file.bytes.length).toBe(MB);
    expect(file.bytes.every((b) => b === 97)).toBe(true);
  });

  it("refuses a file over the cap with 413 naming the file's limit, whether counted or declared", async () => {
    const error = await refusal(read(form([["file", csv(MB + 1)]])));
    expect(error.status).toBe(413);
    expect(error.message).toContain("at most 1 MB");
    const encoded = new Response(form([["file", csv(10)]]));
    const declared = await refusal(
      read(await encoded.arrayBuffer(), {
        "content-type": encoded.headers.get("content-type")!,
        "content-length": String(2 * MB),
      }),
    );
    expect(declared.status).toBe(413);
    expect(declared.message).toContain("at most 1 MB.");
  });

  it("refuses a body far over the cap while it streams, without reading it all", async () => {
    const boundary = "----capped";
    const head = new TextEncoder().encode(
      `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.csv"\r\ncontent-type: text/csv\r\n\r\n`,
    );
    const { body: rest, pulled } = streamed(1000, 64 * 1024);
    const reader = rest.getReader();
    let sentHead = false;
    const body = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (!sentHead) {
          sentHead = true;
          return controller.enqueue(head);
        }
        const { done, value } = await reader.read();
        if (done) controller.close();
        else controller.enqueue(value);
      },
    });
    const error = await refusal(read(body, { "content-type": `multipart/form-data; boundary=${boundary}` }));
    expect(error.status).toBe(413);
    expect(pulled.count).toBeLessThan(25);
  });

  it.each([
    ["no file at all", form([["note", "hello"]])],
    ["the file in another field", form([["upload", csv(10)]])],
    [
      "two files",
      form([
        ["file", csv(10)],
        ["file", csv(10)],
      ]),
    ],
  ])("refuses %s with 422, naming the field", async (_, body) => {
    const error = await refusal(read(body));
    expect(error.status).toBe(422);
    expect(error.message).toContain('field named "file"');
  });

  it("refuses a truncated or boundless multipart body with 400", async () => {
    const encoded = new Response(form([["file", csv(1000)]]));
    const type = encoded.headers.get("content-type")!;
    const whole = new Uint8Array(await encoded.arrayBuffer());
    const truncated = await refusal(read(whole.subarray(0, whole.length - 20), { "content-type": type }));
    expect(truncated.status).toBe(400);
    const boundless = await refusal(read("abc", { "content-type": "multipart/form-data" }));
    expect(boundless.status).toBe(400);
    expect(boundless.message).toContain("boundary");
  });
});

describe("a form submission over the server-action cap", () => {
  const post = (length: number, action = true) =>
    new Headers({ "content-length": String(length), ...(action ? { "next-action": "abc123" } : {}) });

  it("is refused with 413 and both sizes, before Next.js reads it", async () => {
    const answer = oversizedFormSubmission("POST", post(SERVER_ACTION_MAX_BYTES + 1));
    expect(answer?.status).toBe(413);
    expect(await answer?.text()).toMatch(/at most 2 MB; this one is 2.1 MB/);
  });

  it.each([
    ["POST", post(SERVER_ACTION_MAX_BYTES)],
    ["POST", post(50 * 1024 * 1024, false)], // not a server action: the route reads it with its own cap
    ["GET", post(SERVER_ACTION_MAX_BYTES + 1)],
    ["POST", new Headers({ "next-action": "abc123", "content-length": "garbage" })],
  ])("leaves %s %j alone", (method, headers) => {
    expect(oversizedFormSubmission(method, headers)).toBeNull();
  });
});
