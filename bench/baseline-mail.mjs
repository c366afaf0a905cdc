// Baseline of the `mail` suite, in its own process (forked with IPC): the same notification
// e-mails sent with nodemailer in a plain loop, one `await sendMail` after the other, as a plain
// user would write it. The transport is pooled (`pool: true`, nodemailer's defaults otherwise),
// so the loop reuses one open SMTP connection instead of opening one per message; BENCH_MAIL_
// BASELINE=connection makes it open a connection per message (nodemailer without `pool`).
//
// { prepare: { url, burst, count } } builds the messages and the transport, answers { ready };
// { go: true } runs the loop and answers { done: ms }.
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import { MAIL_FROM, notificationEmail } from './mail-messages.mjs';

let prepared = null;

process.on('message', async (msg) => {
  if (msg.prepare) {
    const { url, burst, count } = msg.prepare;
    const pool = process.env.BENCH_MAIL_BASELINE !== 'connection';
    const transporter = nodemailer.createTransport({ url, pool });
    const messages = Array.from({ length: count }, (_, i) => {
      const email = notificationEmail(burst, i);
      return { from: MAIL_FROM, ...email, messageId: `<${randomUUID()}@127.0.0.1>`, date: new Date() };
    });
    prepared = { transporter, messages };
    process.send({ ready: true });
  } else if (msg.go) {
    const { transporter, messages } = prepared;
    const started = performance.now();
    for (const message of messages) await transporter.sendMail(message);
    const ms = performance.now() - started;
    transporter.close();
    prepared = null;
    process.send({ done: ms });
  }
});
process.on('disconnect', () => process.exit(0));
process.send({ listening: true });
