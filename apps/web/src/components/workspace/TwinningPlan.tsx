import { useState, type FormEvent, type ReactNode } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { TwinningPlanFragment, TwinningRole } from '../../gql/graphql';
import { formatDate, formatDateTime, formatEuro } from '../../lib/format';
import { TWINNING_ROLES, TWINNING_STATUSES } from '../../lib/labels';
import { AdministrationPicker, type PickedAdministration } from '../AdministrationPicker';
import { ErrorMessage, Field, SelectField } from '../ui';

export const TWINNING_PLAN = graphql(`
  fragment TwinningPlan on Twinning {
    id status budgetEuro
    participants { role administration { id name } contact { id displayName } }
    milestones { id title dueDate doneAt }
    budgetLines { id label plannedEuro spentEuro }
    history { from to note at by { id displayName } }
  }
`);

const SET_PARTICIPANT = graphql(`
  mutation SetTwinningParticipant($twinningId: ID!, $administrationId: ID!, $role: TwinningRole!, $contactId: ID) {
    setTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId, role: $role, contactId: $contactId) { ...TwinningPlan receiving { id name } }
  }
`);

const REMOVE_PARTICIPANT = graphql(`
  mutation RemoveTwinningParticipant($twinningId: ID!, $administrationId: ID!) {
    removeTwinningParticipant(twinningId: $twinningId, administrationId: $administrationId) { ...TwinningPlan receiving { id name } }
  }
`);

const ADD_MILESTONE = graphql(`
  mutation AddMilestone($twinningId: ID!, $title: String!, $dueDate: DateTime) {
    addMilestone(twinningId: $twinningId, title: $title, dueDate: $dueDate) { ...TwinningPlan }
  }
`);

const COMPLETE_MILESTONE = graphql(`
  mutation CompleteMilestone($milestoneId: ID!, $done: Boolean!) {
    completeMilestone(milestoneId: $milestoneId, done: $done) { ...TwinningPlan }
  }
`);

const SET_BUDGET_LINE = graphql(`
  mutation SetBudgetLine($twinningId: ID!, $label: String!, $plannedEuro: Int!, $spentEuro: Int!) {
    setBudgetLine(twinningId: $twinningId, label: $label, plannedEuro: $plannedEuro, spentEuro: $spentEuro) { ...TwinningPlan }
  }
`);

/** Participants and their roles; contacts of the practice and moderators change them. */
export function Participants({ twinning, canManage, viewerAdministrationId }: { twinning: TwinningPlanFragment; canManage: boolean; viewerAdministrationId: string | null }) {
  const [picked, setPicked] = useState<PickedAdministration | null>(null);
  const [role, setRole] = useState<TwinningRole>('COORDINATOR');
  const [me, setMe] = useState(false);
  const [setParticipant, s] = useMutation(SET_PARTICIPANT);
  const [remove, r] = useMutation(REMOVE_PARTICIPANT);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!picked) return;
    try {
      await setParticipant({ variables: { twinningId: twinning.id, administrationId: picked.id, role, contactId: me ? undefined : null } });
      setPicked(null);
    } catch {
      /* shown below */
    }
  };
  return (
    <section aria-labelledby="participants-title" className="mb-4">
      <h2 id="participants-title" className="h5">
        Partecipanti e ruoli
      </h2>
      <ul className="list-unstyled" data-testid="participants">
        {twinning.participants.map((p) => (
          <li key={p.administration.id} className="d-flex flex-wrap align-items-center gap-2 mb-2">
            <span className="badge bg-primary">{TWINNING_ROLES[p.role]}</span>
            <span>{p.administration.name}</span>
            {p.contact && <span className="small text-secondary">referente: {p.contact.displayName}</span>}
            {canManage && p.role !== 'OFFERING' && (
              <Button size="xs" color="danger" outline disabled={r.loading} onClick={() => remove({ variables: { twinningId: twinning.id, administrationId: p.administration.id } }).catch(() => undefined)}>
                Togli {p.administration.name}
              </Button>
            )}
          </li>
        ))}
      </ul>
      <ErrorMessage error={r.error} />
      {canManage && (
        <form onSubmit={submit} className="border rounded p-3" aria-label="Aggiungi o cambia un partecipante">
          <AdministrationPicker id="participant-administration" label="Amministrazione" value={picked} onChange={setPicked} />
          <SelectField label="Ruolo" value={role} options={TWINNING_ROLES} onChange={setRole} />
          {picked && picked.id === viewerAdministrationId && (
            <div className="form-check mb-3">
              <input id="participant-me" type="checkbox" className="form-check-input" checked={me} onChange={(e) => setMe(e.target.checked)} />
              <label htmlFor="participant-me" className="form-check-label">
                Indica me come referente
              </label>
            </div>
          )}
          <ErrorMessage error={s.error} />
          <Button type="submit" size="sm" color="primary" disabled={!picked || s.loading}>
            Salva il partecipante
          </Button>
        </form>
      )}
    </section>
  );
}

/** Milestones and status changes on one timeline, oldest first; planners add and tick off milestones. */
export function Timeline({ twinning, canPlan }: { twinning: TwinningPlanFragment; canPlan: boolean }) {
  const [title, setTitle] = useState('');
  const [due, setDue] = useState('');
  const [add, a] = useMutation(ADD_MILESTONE);
  const [complete, c] = useMutation(COMPLETE_MILESTONE);
  type Entry = { key: string; at: string | null; node: ReactNode };
  const entries: Entry[] = [
    ...twinning.history.map((h, i) => ({
      key: `h${i}`,
      at: h.at as string,
      node: (
        <>
          <strong>Stato: {TWINNING_STATUSES[h.to]}</strong>
          <div className="small">
            {formatDateTime(h.at)} · {h.by.displayName}
          </div>
          {h.note && <div className="small fst-italic">{h.note}</div>}
        </>
      ),
    })),
    ...twinning.milestones.map((m) => ({
      key: m.id,
      at: (m.doneAt ?? m.dueDate ?? null) as string | null,
      node: (
        <>
          {canPlan ? (
            <div className="form-check">
              <input
                id={`milestone-${m.id}`}
                type="checkbox"
                className="form-check-input"
                checked={Boolean(m.doneAt)}
                disabled={c.loading}
                onChange={(e) => complete({ variables: { milestoneId: m.id, done: e.target.checked } }).catch(() => undefined)}
              />
              <label htmlFor={`milestone-${m.id}`} className="form-check-label fw-semibold">
                Tappa: {m.title}
              </label>
            </div>
          ) : (
            <strong>Tappa: {m.title}</strong>
          )}
          <div className="small">
            {m.dueDate && <>scadenza {formatDate(m.dueDate)}</>}
            {m.doneAt ? <> · completata il {formatDate(m.doneAt)}</> : <> · da completare</>}
          </div>
        </>
      ),
    })),
  ];
  entries.sort((x, y) => (x.at ?? '9999').localeCompare(y.at ?? '9999'));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await add({ variables: { twinningId: twinning.id, title, dueDate: due ? new Date(due).toISOString() : null } });
      setTitle('');
      setDue('');
    } catch {
      /* shown below */
    }
  };
  return (
    <section aria-labelledby="timeline-title" className="mb-4">
      <h2 id="timeline-title" className="h5">
        Storico degli stati e delle tappe
      </h2>
      <ol className="hub-timeline" data-testid="timeline">
        {entries.map((e) => (
          <li key={e.key}>{e.node}</li>
        ))}
      </ol>
      <ErrorMessage error={c.error} />
      {canPlan && (
        <form onSubmit={submit} className="border rounded p-3" aria-label="Aggiungi una tappa">
          <Field label="Nuova tappa">{(p) => <input {...p} type="text" className="form-control" value={title} onChange={(e) => setTitle(e.target.value)} required />}</Field>
          <Field label="Scadenza della tappa (facoltativa)">{(p) => <input {...p} type="date" className="form-control" value={due} onChange={(e) => setDue(e.target.value)} />}</Field>
          <ErrorMessage error={a.error} />
          <Button type="submit" size="sm" color="primary" disabled={a.loading}>
            Aggiungi la tappa
          </Button>
        </form>
      )}
    </section>
  );
}

/** The financial plan: planned and spent per line as a bar chart, with the totals against the budget. */
export function Budget({ twinning, canPlan }: { twinning: TwinningPlanFragment; canPlan: boolean }) {
  const [label, setLabel] = useState('');
  const [planned, setPlanned] = useState('');
  const [spent, setSpent] = useState('0');
  const [save, s] = useMutation(SET_BUDGET_LINE);
  const lines = twinning.budgetLines;
  const max = Math.max(1, ...lines.map((l) => Math.max(l.plannedEuro, l.spentEuro)));
  const totalPlanned = lines.reduce((sum, l) => sum + l.plannedEuro, 0);
  const totalSpent = lines.reduce((sum, l) => sum + l.spentEuro, 0);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await save({ variables: { twinningId: twinning.id, label, plannedEuro: Number(planned), spentEuro: Number(spent) } });
      setLabel('');
      setPlanned('');
      setSpent('0');
    } catch {
      /* shown below */
    }
  };
  return (
    <section aria-labelledby="budget-title" className="mb-4">
      <h2 id="budget-title" className="h5">
        Piano finanziario
      </h2>
      {lines.length === 0 ? (
        <p className="small">Nessuna voce di spesa.</p>
      ) : (
        <figure className="mb-2" data-testid="budget-chart">
          <figcaption className="small mb-2">
            Previsto {formatEuro(totalPlanned)}, speso {formatEuro(totalSpent)}
            {twinning.budgetEuro != null && <> su un budget di {formatEuro(twinning.budgetEuro)}</>}
          </figcaption>
          <dl className="mb-0">
            {lines.map((l) => (
              <div key={l.id} className="mb-2">
                <dt className="small fw-semibold">{l.label}</dt>
                <dd className="mb-0">
                  <div className="d-flex align-items-center gap-2 small">
                    <span style={{ width: '4.5rem' }}>previsto</span>
                    <span aria-hidden="true" style={{ display: 'inline-block', height: '0.8rem', width: `${(l.plannedEuro / max) * 60}%`, background: '#0066cc' }} />
                    <span>{formatEuro(l.plannedEuro)}</span>
                  </div>
                  <div className="d-flex align-items-center gap-2 small">
                    <span style={{ width: '4.5rem' }}>speso</span>
                    <span aria-hidden="true" style={{ display: 'inline-block', height: '0.8rem', width: `${(l.spentEuro / max) * 60}%`, background: '#00875a' }} />
                    <span>{formatEuro(l.spentEuro)}</span>
                  </div>
                </dd>
              </div>
            ))}
          </dl>
        </figure>
      )}
      {canPlan && (
        <form onSubmit={submit} className="border rounded p-3" aria-label="Voce di spesa">
          <p className="small">Una voce con lo stesso nome viene aggiornata.</p>
          <Field label="Voce">{(p) => <input {...p} type="text" className="form-control" value={label} onChange={(e) => setLabel(e.target.value)} required list="budget-labels" />}</Field>
          <datalist id="budget-labels">
            {lines.map((l) => (
              <option key={l.id} value={l.label} />
            ))}
          </datalist>
          <div className="row">
            <div className="col-6">
              <Field label="Previsto (euro)">{(p) => <input {...p} type="number" min={0} className="form-control" value={planned} onChange={(e) => setPlanned(e.target.value)} required />}</Field>
            </div>
            <div className="col-6">
              <Field label="Speso (euro)">{(p) => <input {...p} type="number" min={0} className="form-control" value={spent} onChange={(e) => setSpent(e.target.value)} required />}</Field>
            </div>
          </div>
          <ErrorMessage error={s.error} />
          <Button type="submit" size="sm" color="primary" disabled={s.loading}>
            Salva la voce
          </Button>
        </form>
      )}
    </section>
  );
}
