import 'reflect-metadata';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatIpaReport, IpaImportService } from '@app/members';
import { runWithApplication } from './application-context.js';

/**
 * `npm run import:ipa -- FILE`: imports the IPA open-data file of administrations ("Enti", CSV or
 * JSON as published) into the configured database and prints created / updated / unchanged /
 * skipped, with the line of every malformed row.
 */
// Started by scripts/start.mjs, the arguments begin with this script's own path.
const file = process.argv.slice(2).find((a) => !a.startsWith('-') && !/cli\/import-ipa\.[jt]s$/.test(a));
if (!file) {
  process.stderr.write('uso: npm run import:ipa -- FILE (il file "Enti" dell\'IPA, CSV o JSON, da indicepa.gov.it)\n');
  process.exit(2);
}
if (!existsSync(file)) {
  process.stderr.write(`import:ipa: il file ${file} non esiste\n`);
  process.exit(2);
}

runWithApplication('import:ipa', async (app) => {
  const started = Date.now();
  const report = await app.get(IpaImportService).importFile(resolve(file));
  process.stdout.write(formatIpaReport(file, report));
  process.stdout.write(`completata in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
});
