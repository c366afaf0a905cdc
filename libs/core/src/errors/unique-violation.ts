import { ConflictError, FieldError } from './domain-error.js';

/** PostgreSQL's unique_violation. */
const UNIQUE_VIOLATION = '23505';

interface UniqueConstraint {
  message: string;
  /** The input field that collided, when one did (it goes to `extensions.fields`). */
  field?: FieldError;
}

/**
 * What a collision on each unique index of the migrations means, in the words of the
 * person who sent the write. Services check first and answer these themselves in the
 * common case; this map covers the race between two concurrent writes, where only the
 * index notices. Add a line with every unique index a migration creates.
 */
const UNIQUE_CONSTRAINTS: Record<string, UniqueConstraint> = {
  UQ_member_handle: {
    message: 'Il nome utente scelto è già in uso: scegline un altro',
    field: { field: 'handle', message: 'nome utente già in uso' },
  },
  UQ_member_email: {
    message: 'Esiste già un membro registrato con questo indirizzo e-mail',
    field: { field: 'email', message: 'indirizzo già registrato' },
  },
  UQ_administration_ipaCode: {
    message: "Esiste già un'amministrazione con questo codice IPA",
    field: { field: 'ipaCode', message: 'codice IPA già registrato' },
  },
  UQ_invitation_code: { message: "Il codice generato per l'invito è già in uso: riprova" },
  UQ_practice_slug: { message: "L'indirizzo generato per la buona pratica è già in uso: riprova" },
  UQ_category_slug: {
    message: 'Esiste già una categoria con questo slug',
    field: { field: 'slug', message: 'slug già in uso' },
  },
  UQ_post_revision_version: { message: 'Il messaggio è stato modificato nel frattempo: ricarica e riprova' },
  PK_useful_mark: { message: 'Hai già segnato questo messaggio come utile' },
  PK_practice_contact: { message: 'Questo membro è già tra i referenti della buona pratica' },
  PK_twinning_receiving_administration: {
    message: "L'amministrazione è già tra le riceventi del gemellaggio",
    field: { field: 'receivingAdministrationIds', message: 'amministrazione indicata più volte' },
  },
  PK_thread_practice_link: { message: 'La discussione è già collegata a questa buona pratica' },
  UQ_flag_open_reporter: { message: 'Hai già segnalato questo messaggio: la segnalazione è in attesa dei moderatori' },
  UQ_follow_member_target: { message: 'Segui già questo elemento' },
  PK_email_reply_received: { message: 'Questa risposta per e-mail è già stata ricevuta' },
  UQ_twinning_application_call_administration: {
    message: "L'amministrazione ha già presentato una candidatura a questo avviso",
    field: { field: 'administrationId', message: 'candidatura già presentata' },
  },
  UQ_budget_line_twinning_label: { message: 'Il piano finanziario è stato modificato nel frattempo: ricarica e riprova' },
  PK_event_attendee: { message: 'Hai già confermato la partecipazione' },
  UQ_document_version: { message: 'Il documento è stato aggiornato nel frattempo: ricarica e riprova' },
  UQ_document_version_file: {
    message: 'Questo file è già allegato a un documento: caricalo di nuovo',
    field: { field: 'fileId', message: 'file già allegato' },
  },
};

const FALLBACK: UniqueConstraint = { message: 'Esiste già un elemento con questi dati: ricarica e riprova' };

/**
 * The CONFLICT a unique violation means (TypeORM's QueryFailedError carries the driver
 * error's `code` and `constraint`), or null for any other error.
 */
export function conflictFromUniqueViolation(error: unknown): ConflictError | null {
  const source = error as { code?: unknown; constraint?: unknown; driverError?: { code?: unknown; constraint?: unknown } } | null;
  const code = source?.code ?? source?.driverError?.code;
  if (code !== UNIQUE_VIOLATION) return null;
  const constraint = source?.constraint ?? source?.driverError?.constraint;
  const known = (typeof constraint === 'string' && Object.hasOwn(UNIQUE_CONSTRAINTS, constraint) && UNIQUE_CONSTRAINTS[constraint]) || FALLBACK;
  const conflict = new ConflictError(known.message);
  if (known.field) conflict.extensions.fields = [known.field];
  return conflict;
}
