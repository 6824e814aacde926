import { connect } from "node:net";

export type RawAnswer = { status: number | null; text: string };

/**
 * Sends an HTTP/1.1 request exactly as given, over a plain socket, and reads whatever comes back until the server
 * closes the connection. fetch and Playwright always send a truthful Content-Length; an attacker or a broken client
 * does not, and that is what these tests need to do. `end: true` half-closes the socket after the body, as a client
 * that gave up would; otherwise the socket stays open until the server has answered.
 */
export function rawRequest(
  port: number,
  opts: { method?: string; path: string; headers: Record<string, string | number>; body: Buffer; end?: boolean },
): Promise<RawAnswer> {
  const head =
    `${opts.method ?? "POST"} ${opts.path} HTTP/1.1\r\n` +
    Object.entries({ host: `localhost:${port}`, connection: "close", ...opts.headers })
      .map(([name, value]) => `${name}: ${value}\r\n`)
      .join("") +
    "\r\n";
  return new Promise((resolve) => {
    const received: Buffer[] = [];
    const socket = connect(port, "127.0.0.1");
    const timer = setTimeout(() => socket.destroy(), 60_000);
    socket.on("data", (chunk) => received.push(chunk));
    // A server that refuses early may reset the connection while the body is still going out: what it said counts.
    socket.on("error", () => {});
    socket.on("close", () => {
      clearTimeout(timer);
      const text = Buffer.concat(received).toString("latin1");
      const status = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ status: status ? Number(status[1]) : null, text });
    });
    socket.write(head);
    socket.write(opts.body);
    if (opts.end) socket.end();
  });
}

/** The same body in HTTP chunked encoding: no Content-Length at all, so only counting can tell its size. */
export function chunked(body: Buffer, chunkSize = 1024 * 1024) {
  const parts: Buffer[] = [];
  for (let at = 0; at < body.length; at += chunkSize) {
    const chunk = body.subarray(at, at + chunkSize);
    parts.push(Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from("\r\n"));
  }
  parts.push(Buffer.from("0\r\n\r\n"));
  return Buffer.concat(parts);
}

export type Part = { name: string; value: string } | { name: string; filename: string; type: string; bytes: Buffer };

/** A multipart/form-data body written by hand, so its bytes and length are known exactly. */
export function multipart(parts: Part[]) {
  const boundary = `----certdash${Math.random().toString(36).slice(2)}`;
  const chunks = parts.flatMap((part) =>
    "value" in part
      ? [Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="${part.name}"\r\n\r\n${part.value}\r\n`)]
      : [
          Buffer.from(
            `--${boundary}\r\ncontent-disposition: form-data; name="${part.name}"; filename="${part.filename}"\r\ncontent-type: ${part.type}\r\n\r\n`,
          ),
          part.bytes,
          Buffer.from("\r\n"),
        ],
  );
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    body: Buffer.concat([...chunks, Buffer.from(`--${boundary}--\r\n`)]),
  };
}
