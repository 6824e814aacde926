import type { Db } from "@/lib/db";
import type { ReceivedMail } from "@/lib/email/smtp-sink";

/** Keeps what the development SMTP sink receives, for the /dev/mailbox page. */
export function storeInDevMailbox(db: Db) {
  return async (mail: ReceivedMail) => {
    await db.devMailboxMessage.create({
      data: {
        messageId: mail.messageId,
        from: mail.from,
        to: mail.to.toLowerCase(),
        subject: mail.subject,
        html: mail.html,
        text: mail.text,
      },
    });
  };
}
