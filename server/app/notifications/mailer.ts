import { createTransport } from 'nodemailer';

/** One plain-text mail to one address. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** What the digest sends through: an SMTP server in production, the same in tests. */
export interface Mailer {
  /** Resolves once the server accepted the mail; rejects with its reason otherwise. */
  send(mail: Mail): Promise<void>;
  close(): void;
}

/*
 * Nodemailer's defaults wait up to two minutes for a connection and ten for a silent server; a
 * mail server that is down should cost the digest seconds, since it tries again at the next tick.
 */
const TIMEOUTS = { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 60_000 };

/**
 * A mailer on the SMTP server at `url` (smtp://user:pass@host:587, or smtps:// for TLS from the
 * start; smtp:// upgrades with STARTTLS when the server offers it), sending as `from`.
 */
export function smtpMailer(url: string, from: string): Mailer {
  const transport = createTransport({ url, ...TIMEOUTS });
  return {
    // One recipient: nodemailer rejects when the server refuses them, so a resolve is a delivery.
    async send({ to, subject, text }) {
      await transport.sendMail({ from, to, subject, text });
    },
    close: () => transport.close(),
  };
}
