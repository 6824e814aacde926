import { SMTPServer } from "smtp-server";
import { simpleParser } from "mailparser";

export type ReceivedMail = {
  messageId?: string;
  from: string;
  to: string;
  subject: string;
  html?: string;
  text?: string;
};

export type SmtpSink = { port: number; close: () => Promise<void> };

/**
 * A real SMTP server that accepts every message and hands it, parsed, to `onMail`. The development mailbox stores
 * what it receives; the tests keep it in memory. `reject` lets a test make the server refuse mail for a while.
 */
export async function startSmtpSink(opts: {
  port?: number;
  onMail: (mail: ReceivedMail) => Promise<void> | void;
  reject?: () => { code: number; message: string } | null;
  /** Awaited before each recipient is answered: lets a test hold a delivery mid-conversation. */
  beforeRecipient?: () => Promise<void>;
}): Promise<SmtpSink> {
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    // Do not hold shutdown for idle pooled client connections.
    closeTimeout: 500,
    onRcptTo(_address, _session, callback) {
      void (opts.beforeRecipient?.() ?? Promise.resolve()).then(() => {
        const refusal = opts.reject?.();
        if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
        callback();
      });
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((parsed) => {
          const to = Array.isArray(parsed.to) ? parsed.to.map((a) => a.text).join(", ") : (parsed.to?.text ?? "");
          return opts.onMail({
            messageId: parsed.messageId,
            from: parsed.from?.text ?? "",
            to,
            subject: parsed.subject ?? "",
            html: typeof parsed.html === "string" ? parsed.html : undefined,
            text: parsed.text,
          });
        })
        .then(
          () => callback(),
          (error: Error) => callback(error),
        );
    },
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port ?? 0, "127.0.0.1", () => resolve());
  });
  const address = server.server.address();
  const port = typeof address === "object" && address ? address.port : opts.port!;
  return { port, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
