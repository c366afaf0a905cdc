import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { MailWorker } from '@app/mail';
import { DigestFrequency, DigestMailService } from '@app/notifications';
import { runWithApplication } from './application-context.js';

const FREQUENCIES = { daily: DigestFrequency.DAILY, weekly: DigestFrequency.WEEKLY } as const;

/**
 * `npm run digest:send -- --frequency daily|weekly`: sends the digest e-mails of that frequency
 * now (what the server does at 07:00 Europe/Rome), then hands the outbox to the mail server.
 */
const { values } = parseArgs({ options: { frequency: { type: 'string', short: 'f' } }, allowPositionals: true, strict: false });
const frequency = FREQUENCIES[String(values.frequency ?? '').toLowerCase() as keyof typeof FREQUENCIES];
if (!frequency) {
  process.stderr.write('uso: npm run digest:send -- --frequency daily|weekly (frequenza del riepilogo: daily o weekly)\n');
  process.exit(2);
}

runWithApplication('digest:send', async (app) => {
  const run = await app.get(DigestMailService).send(frequency);
  await app.get(MailWorker).sweep();
  process.stdout.write(`riepiloghi ${frequency === DigestFrequency.DAILY ? 'giornalieri' : 'settimanali'}: ${run.sent} inviati, ${run.empty} senza novità\n`);
});
