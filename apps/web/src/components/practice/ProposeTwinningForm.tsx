import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import { AdministrationPicker, type PickedAdministration } from '../AdministrationPicker';
import { ErrorMessage, Field, Notice } from '../ui';
import { fieldError, toUiError } from '../../lib/errors';

const PROPOSE = graphql(`
  mutation ProposeTwinning($input: ProposeTwinningInput!) {
    proposeTwinning(input: $input) { id }
  }
`);

/**
 * Proposes a twinning of the practice to receiving administrations of the Convergence regions;
 * `receivingPreset` starts the list (a need's administration, from a match).
 */
export function ProposeTwinningForm({ practiceId, receivingPreset = [], openLabel = 'Proponi gemellaggio' }: { practiceId: string; receivingPreset?: PickedAdministration[]; openLabel?: string }) {
  const [open, setOpen] = useState(false);
  const [receiving, setReceiving] = useState<PickedAdministration[]>(receivingPreset);
  const [picker, setPicker] = useState<PickedAdministration | null>(null);
  const [objectives, setObjectives] = useState('');
  const [budget, setBudget] = useState('');
  const [created, setCreated] = useState<string | null>(null);
  const [propose, { loading, error }] = useMutation(PROPOSE);
  const ui = toUiError(error);
  if (created)
    return (
      <Notice>
        Proposta di gemellaggio inviata. <Link to={`/gemellaggi/${created}`}>Apri il gemellaggio</Link>
      </Notice>
    );
  if (!open)
    return (
      <Button color="primary" onClick={() => setOpen(true)} className="mb-3">
        {openLabel}
      </Button>
    );
  return (
    <form
      className="border rounded p-3 mb-4"
      aria-labelledby={`propose-title-${practiceId}`}
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const { data } = await propose({
            variables: { input: { practiceId, receivingAdministrationIds: receiving.map((r) => r.id), objectives, budgetEuro: budget ? Number(budget) : null } },
          });
          if (data) setCreated(data.proposeTwinning.id);
        } catch {
          /* shown below */
        }
      }}
    >
      <h2 id={`propose-title-${practiceId}`} className="h5">
        Proponi un gemellaggio
      </h2>
      <ErrorMessage ui={ui} />
      <Field label="Amministrazioni riceventi (regioni Convergenza)" error={fieldError(ui, 'receivingAdministrationIds')}>
        {(p) => (
          <>
            <ul className="list-unstyled d-flex flex-wrap gap-2 hub-chips" aria-label="Amministrazioni riceventi scelte" data-testid="receiving-chosen">
              {receiving.map((r) => (
                <li key={r.id} className="chip chip-simple mb-0">
                  <span className="chip-label">{r.name}</span>
                  <button type="button" className="btn btn-link btn-sm p-0 ms-1" onClick={() => setReceiving((l) => l.filter((x) => x.id !== r.id))}>
                    Rimuovi<span className="visually-hidden"> {r.name}</span>
                  </button>
                </li>
              ))}
            </ul>
            <AdministrationPicker
              id={p.id}
              label="amministrazione ricevente"
              convergenceOnly
              value={picker}
              onChange={(a) => {
                if (a && !receiving.some((r) => r.id === a.id)) setReceiving((l) => [...l, a]);
                setPicker(null);
              }}
            />
          </>
        )}
      </Field>
      <Field label="Obiettivi" error={fieldError(ui, 'objectives')}>
        {(p) => <textarea {...p} className="form-control" rows={4} required value={objectives} onChange={(e) => setObjectives(e.target.value)} />}
      </Field>
      <Field label="Budget in euro (facoltativo)" error={fieldError(ui, 'budgetEuro')}>
        {(p) => <input {...p} type="number" min={0} inputMode="numeric" className="form-control" value={budget} onChange={(e) => setBudget(e.target.value)} />}
      </Field>
      <div className="d-flex gap-2">
        <Button color="primary" type="submit" disabled={loading || receiving.length === 0 || !objectives.trim()}>
          Invia la proposta
        </Button>
        <Button color="secondary" outline type="button" onClick={() => setOpen(false)}>
          Annulla
        </Button>
      </div>
    </form>
  );
}
