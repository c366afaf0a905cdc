import { UploadedFileEntity } from '@app/files';
import { DocumentEntity, DocumentKind, DocumentVersionEntity, PracticeStatus } from '@app/practices';
import { demoId } from './demo-ids.js';
import { demoAdministration } from './members.seed.js';
import { DemoPractice, demoPractices } from './practices.seed.js';
import type { SeedStep } from './seed-step.js';

const DAY = 24 * 3600 * 1000;

/** One file of the demo and the document it is a version of. */
interface DemoDocumentFile {
  key: string;
  title: string;
  kind: DocumentKind;
  licence: string;
  fileName: string;
  contentType: string;
  content: string;
  /** Versions after the first: their content and change summary. */
  later?: Array<{ content: string; changeSummary: string; afterDays: number }>;
}

/** The reuse kit of a practice: what an administration that adopts it receives, in plain text. */
function reuseKit(p: DemoPractice, offering: string): string {
  const row = p.row;
  return [
    `KIT DI RIUSO – ${row.title}`,
    '',
    `Amministrazione cedente: ${offering}`,
    `Anno di avvio: ${row.year}`,
    '',
    '1. Che cosa contiene il kit',
    '- descrizione della soluzione e dei risultati ottenuti;',
    '- modulistica e schemi di atti amministrativi (delibera di adesione, determina di affidamento);',
    '- documentazione tecnica e requisiti dell’infrastruttura;',
    '- piano di formazione del personale e calendario tipo del trasferimento.',
    '',
    '2. La soluzione in breve',
    row.summary ?? '',
    '',
    '3. Risultati',
    row.results ?? '',
    '',
    '4. Condizioni di riuso',
    row.replicability ?? '',
    '',
    `Tecnologie: ${(row.technologies ?? []).join(', ') || 'non indicate'}.`,
    '',
  ].join('\n');
}

/** The agreement between the offering administration and those that adopt the practice (art. 15 of law 241/1990). */
function agreement(p: DemoPractice, offering: string, revised: boolean): string {
  return [
    `SCHEMA DI CONVENZIONE PER IL RIUSO DELLA SOLUZIONE «${p.row.title}»`,
    '',
    'ai sensi dell’art. 15 della legge 7 agosto 1990, n. 241 e dell’art. 69 del Codice dell’amministrazione digitale',
    '',
    `TRA ${offering} (amministrazione cedente) E l’amministrazione riusante`,
    '',
    'Art. 1 – Oggetto. La cedente concede in riuso gratuito la soluzione, la documentazione e la modulistica del kit.',
    'Art. 2 – Impegni della cedente. Affiancamento del personale dell’amministrazione riusante per sei mesi.',
    'Art. 3 – Impegni della riusante. Adattamento della soluzione al proprio contesto e restituzione delle migliorie.',
    revised
      ? 'Art. 4 – Dati personali. Le parti trattano i dati nel rispetto del Regolamento (UE) 2016/679 e nominano i responsabili del trattamento.'
      : 'Art. 4 – Dati personali. Le parti trattano i dati nel rispetto del d.lgs. 196/2003.',
    'Art. 5 – Durata. Tre anni dalla sottoscrizione, rinnovabile.',
    '',
  ].join('\n');
}

/** Monitoring figures by quarter, as the offering administration publishes them (CSV, semicolons). */
function dataset(p: DemoPractice): string {
  const year = p.row.year ?? 2010;
  const rows = ['anno;trimestre;pratiche_gestite;tempo_medio_giorni;utenti_online'];
  for (let q = 0; q < 8; q++) {
    const handled = 400 + ((p.row.id.charCodeAt(q % 8) * 37 + q * 91) % 600);
    const days = Math.max(3, 30 - q * 3 - (p.row.id.charCodeAt(q) % 4));
    rows.push(`${year + Math.floor(q / 4)};${(q % 4) + 1};${handled};${days};${handled * 3 + q * 50}`);
  }
  return `${rows.join('\n')}\n`;
}

/** The documents of a practice: every fifth published one has a reuse kit; some an agreement (two versions) or a dataset. */
function documentsOf(p: DemoPractice, index: number): DemoDocumentFile[] {
  if (p.row.status !== PracticeStatus.PUBLISHED || index % 5 !== 0) return [];
  const offering = demoAdministration(p.administrationKey).name;
  const files: DemoDocumentFile[] = [
    {
      key: `${index}-kit`,
      title: 'Kit di riuso',
      kind: DocumentKind.REUSE_KIT,
      licence: 'CC-BY-4.0',
      fileName: 'kit-di-riuso.txt',
      contentType: 'text/plain; charset=utf-8',
      content: reuseKit(p, offering),
    },
  ];
  if (index % 10 === 0) {
    files.push({
      key: `${index}-convenzione`,
      title: 'Schema di convenzione per il riuso',
      kind: DocumentKind.AGREEMENT,
      licence: 'CC-BY-4.0',
      fileName: 'schema-di-convenzione.txt',
      contentType: 'text/plain; charset=utf-8',
      content: agreement(p, offering, false),
      later: [{ content: agreement(p, offering, true), changeSummary: 'Aggiornato l’articolo sui dati personali', afterDays: 40 }],
    });
  }
  if (index % 15 === 0) {
    files.push({
      key: `${index}-dati`,
      title: 'Dati di monitoraggio',
      kind: DocumentKind.DATASET,
      licence: 'CC0-1.0',
      fileName: 'dati-di-monitoraggio.csv',
      contentType: 'text/csv; charset=utf-8',
      content: dataset(p),
    });
  }
  return files;
}

/**
 * Documents on some published practices: reuse kits, agreements (one with a second version) and
 * monitoring data, written by the demo from each practice's own record. Their bytes go through
 * the configured storage; their text is extracted by the background worker, as for an upload.
 * Dated a few days after the practice was published (before its later updates).
 */
export const documentsSeed: SeedStep = {
  name: 'documenti delle buone pratiche',
  async run({ em, files, log }) {
    if (!files) {
      log('demo: documenti non caricati (nessun archivio dei file)');
      return;
    }
    const uploads: Array<Partial<UploadedFileEntity>> = [];
    const documents: Array<Partial<DocumentEntity>> = [];
    const versions: Array<Partial<DocumentVersionEntity>> = [];
    let index = 0;
    for (const p of demoPractices()) {
      for (const file of documentsOf(p, index)) {
        const author = p.contactIds[0];
        const documentId = demoId('document', file.key);
        const all = [{ content: file.content, changeSummary: null as string | null, afterDays: 0 }, ...(file.later ?? [])];
        for (const [i, version] of all.entries()) {
          const data = Buffer.from(version.content, 'utf8');
          const at = new Date(p.row.createdAt.getTime() + (3 + version.afterDays) * DAY);
          const fileId = demoId('uploaded-file', `${file.key}-${i + 1}`);
          uploads.push({ id: fileId, sha256: await files.storeBytes(data), sizeBytes: data.length, contentType: file.contentType, fileName: file.fileName, uploadedById: author, createdAt: at, attachedAt: at });
          versions.push({ id: demoId('document-version', `${file.key}-${i + 1}`), documentId, version: i + 1, fileId, changeSummary: version.changeSummary, uploadedById: author, createdAt: at });
        }
        const created = new Date(p.row.createdAt.getTime() + 3 * DAY);
        documents.push({ id: documentId, practiceId: p.row.id, twinningId: null, title: file.title, kind: file.kind, licence: file.licence, version: all.length, createdById: author, createdAt: created, updatedAt: versions[versions.length - 1].createdAt });
      }
      index++;
    }
    await em.getRepository(UploadedFileEntity).upsert(uploads, ['id']);
    await em.getRepository(DocumentEntity).upsert(documents, ['id']);
    // A version already seeded keeps its extracted text: only new rows are written.
    await em.createQueryBuilder().insert().into(DocumentVersionEntity).values(versions).orIgnore().execute();
    log(`demo: ${documents.length} documenti (${versions.length} versioni) su ${new Set(documents.map((d) => d.practiceId)).size} buone pratiche`);
  },
};
