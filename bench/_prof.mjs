import { fork } from 'node:child_process';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import { notificationEmail, MAIL_FROM } from './mail-messages.mjs';
const sink = fork('bench/smtp-sink.mjs', [], { stdio: ['ignore', 'pipe', 'inherit', 'ipc'] });
sink.on('message', () => {});
const port = await new Promise((r) => sink.stdout.on('data', (d) => r(Number(String(d).match(/listening (\d+)/)[1]))));
const mode = process.argv[2] ?? 'smtp';
const t = mode === 'smtp' || mode === 'raw' ? nodemailer.createTransport({ url: `smtp://127.0.0.1:${port}`, pool: true }) : nodemailer.createTransport({ streamTransport: true, buffer: true });
const n = Number(process.argv[3] ?? 1000);
const msgs = Array.from({ length: n }, (_, i) => ({ from: MAIL_FROM, ...notificationEmail(1, i), messageId: `<${i}@x>`, date: new Date() }));
const c0 = process.cpuUsage(); const t0 = performance.now();
if (mode === 'raw') {
  for (const m of msgs) {
    const raw = await new MailComposer(m).compile().build();
    await t.sendMail({ envelope: { from: 'noreply@localhost', to: [m.to] }, raw });
  }
} else for (const m of msgs) await t.sendMail(m);
const c = process.cpuUsage(c0);
console.log(mode, 'wall ms/mail', ((performance.now() - t0) / n).toFixed(2), 'cpu ms/mail', ((c.user + c.system) / 1000 / n).toFixed(2));
t.close(); sink.kill();
