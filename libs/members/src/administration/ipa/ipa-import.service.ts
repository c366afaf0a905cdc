import { createReadStream, openSync, readFileSync, readSync, closeSync } from 'node:fs';
import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse';
import { DataSource } from 'typeorm';
import { kindOfIpaCategory, placeOfIstatCode } from './istat.js';
import { IpaAdministration, upsertIpaAdministrations } from './ipa-import.queries.js';

/** A row of the file that was not imported, with its line (CSV) or record number (JSON). */
export interface SkippedIpaRow {
  line: number;
  ipaCode: string | null;
  reason: string;
}

export interface IpaImportReport {
  created: number;
  updated: number;
  unchanged: number;
  /** Entities in liquidation (`Ente_in_liquidazione` = S): left out on purpose. */
  inLiquidation: number;
  /** Malformed or repeated rows. */
  skipped: SkippedIpaRow[];
  /** What `line` counts: lines of a CSV file, records of a JSON file. */
  unit: 'riga' | 'record';
}

const BATCH = 1000;
const IPA_CODE = /^[a-z0-9][a-z0-9_.-]{1,63}$/;
/** Codice fiscale of a body (11 digits, the partita IVA form) or, rarely, of a person (16 characters). */
const TAX_CODE = /^(\d{11}|[A-Z0-9]{16})$/;

type RawRow = Record<string, unknown>;

function text(row: RawRow, column: string): string {
  const value = row[column];
  return value === null || value === undefined ? '' : String(value).trim();
}

/** A row of the "Enti" file as an administration, the reason it is skipped, or 'liquidation'. */
export function ipaRowToAdministration(row: RawRow): IpaAdministration | 'liquidation' | { reason: string; ipaCode: string | null } {
  const rawCode = text(row, 'Codice_IPA');
  const ipaCode = rawCode.toLowerCase() || null;
  if (!ipaCode) return { reason: 'Codice_IPA mancante', ipaCode };
  if (!IPA_CODE.test(ipaCode)) return { reason: `Codice_IPA non valido: ${rawCode}`, ipaCode: null };
  if (text(row, 'Ente_in_liquidazione').toUpperCase() === 'S') return 'liquidation';
  const name = text(row, 'Denominazione_ente').replace(/\s+/g, ' ');
  if (!name) return { reason: 'Denominazione_ente mancante', ipaCode };
  if (name.length > 300) return { reason: 'Denominazione_ente oltre 300 caratteri', ipaCode };
  const taxCode = text(row, 'Codice_fiscale_ente').toUpperCase() || null;
  if (taxCode && !TAX_CODE.test(taxCode)) return { reason: `Codice_fiscale_ente non valido: ${taxCode}`, ipaCode };
  const rawIstat = text(row, 'Codice_comune_ISTAT');
  // A file that went through a spreadsheet loses the leading zeros (001272 -> 1272).
  if (rawIstat && !/^\d{1,6}$/.test(rawIstat)) return { reason: `Codice_comune_ISTAT non valido: ${rawIstat}`, ipaCode };
  const istatCode = rawIstat ? rawIstat.padStart(6, '0') : null;
  const place = istatCode ? placeOfIstatCode(istatCode) : null;
  return {
    ipaCode,
    name,
    kind: kindOfIpaCategory(text(row, 'Codice_Categoria')),
    taxCode,
    istatCode,
    region: place?.region ?? null,
    province: place?.province ?? null,
  };
}

/** The field delimiter of a CSV file, guessed from its header line (the IPA publishes comma-separated files; older exports used tabs). */
function sniffDelimiter(file: string): string {
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(64 * 1024);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    const header = buffer.subarray(0, read).toString('utf8').split(/\r?\n/, 1)[0];
    const counts = [',', ';', '\t', '|'].map((d) => [d, header.split(d).length] as const);
    return counts.sort((a, b) => b[1] - a[1])[0][0];
  } finally {
    closeSync(fd);
  }
}

function isJson(file: string): boolean {
  if (/\.json$/i.test(file)) return true;
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(256);
    const read = readSync(fd, buffer, 0, buffer.length, 0);
    return /^\uFEFF?\s*[[{]/.test(buffer.subarray(0, read).toString('utf8'));
  } finally {
    closeSync(fd);
  }
}

/**
 * The records of the JSON the IPA open-data portal publishes: its API's answer
 * (`{ result: { records: [...] } }`), a datastore dump (`{ fields, records }`, records as arrays),
 * or a plain array of objects.
 */
function* jsonRecords(file: string): Generator<RawRow> {
  const body: unknown = JSON.parse(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''));
  const holder = (body as { result?: unknown })?.result ?? body;
  const records: unknown[] = Array.isArray(holder) ? holder : ((holder as { records?: unknown[] })?.records ?? []);
  const fields = (holder as { fields?: Array<{ id: string }> })?.fields?.map((f) => f.id);
  if (!Array.isArray(records)) throw new Error('JSON IPA non riconosciuto: mancano i record');
  for (const record of records) {
    if (Array.isArray(record) && fields) yield Object.fromEntries(fields.map((f, i) => [f, record[i]]));
    else yield (record ?? {}) as RawRow;
  }
}

/**
 * `npm run import:ipa -- FILE`: the IPA registry's "Enti" file (CSV, streamed, or JSON) upserted
 * by `Codice_IPA` in batches; entities in liquidation, malformed and repeated rows are skipped.
 * Idempotent: importing the same file again changes nothing.
 */
@Injectable()
export class IpaImportService {
  constructor(private readonly dataSource: DataSource) {}

  async importFile(file: string): Promise<IpaImportReport> {
    const json = isJson(file);
    const report: IpaImportReport = { created: 0, updated: 0, unchanged: 0, inLiquidation: 0, skipped: [], unit: json ? 'record' : 'riga' };
    const seen = new Set<string>();
    let batch: IpaAdministration[] = [];
    const flush = async () => {
      const { created, updated } = await upsertIpaAdministrations(this.dataSource, batch);
      report.created += created;
      report.updated += updated;
      report.unchanged += batch.length - created - updated;
      batch = [];
    };
    const take = async (row: RawRow, line: number) => {
      const result = ipaRowToAdministration(row);
      if (result === 'liquidation') {
        report.inLiquidation++;
        return;
      }
      if ('reason' in result) {
        report.skipped.push({ line, ipaCode: result.ipaCode, reason: result.reason });
        return;
      }
      if (seen.has(result.ipaCode)) {
        report.skipped.push({ line, ipaCode: result.ipaCode, reason: `Codice_IPA ripetuto: ${result.ipaCode}` });
        return;
      }
      seen.add(result.ipaCode);
      batch.push(result);
      if (batch.length >= BATCH) await flush();
    };

    if (json) {
      let n = 0;
      for (const record of jsonRecords(file)) await take(record, ++n);
    } else {
      const parser = createReadStream(file).pipe(
        parse({
          bom: true,
          columns: (header: string[]) => header.map((h) => h.trim()),
          delimiter: sniffDelimiter(file),
          info: true,
          relax_quotes: true,
          skip_empty_lines: true,
          skip_records_with_error: true,
          on_skip: (err) => {
            const detail = err as unknown as { code?: string; columns?: unknown[]; record?: unknown[] } | undefined;
            const columns = /INCONSISTENT/.test(detail?.code ?? '')
              ? `numero di colonne errato (${detail?.columns?.length ?? '?'} attese, ${detail?.record?.length ?? '?'} trovate)`
              : 'formato CSV non valido';
            report.skipped.push({ line: Number(err?.lines ?? 0), ipaCode: null, reason: `riga non leggibile: ${columns}` });
            return undefined;
          },
        }),
      );
      for await (const { record, info } of parser as AsyncIterable<{ record: RawRow; info: { lines: number } }>) {
        await take(record, info.lines);
      }
    }
    await flush();
    report.skipped.sort((a, b) => a.line - b.line);
    return report;
  }
}

/** The report as `npm run import:ipa` prints it (Italian, one line per skipped row, the first 100). */
export function formatIpaReport(file: string, report: IpaImportReport): string {
  const lines = [
    `importazione IPA da ${file}: ${report.created} create, ${report.updated} aggiornate, ${report.unchanged} invariate, ` +
      `${report.inLiquidation + report.skipped.length} saltate (${report.inLiquidation} in liquidazione, ${report.skipped.length} non valide)`,
  ];
  for (const row of report.skipped.slice(0, 100)) lines.push(`  ${report.unit} ${row.line}: ${row.reason}`);
  if (report.skipped.length > 100) lines.push(`  … e altre ${report.skipped.length - 100}`);
  return `${lines.join('\n')}\n`;
}
