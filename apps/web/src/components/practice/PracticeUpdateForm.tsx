import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import { ErrorMessage, Field, Notice } from '../ui';
import { fieldError, toUiError } from '../../lib/errors';

const UPDATE_PRACTICE = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      id summary version updatedAt
      ...PracticeChangelog
    }
  }
`);

/** For the practice's contacts and moderators: a new summary, with what changed for the changelog. */
export function PracticeUpdateForm({ practice }: { practice: { id: string; version: number; summary: string } }) {
  const [summary, setSummary] = useState(practice.summary);
  const [changeSummary, setChangeSummary] = useState('');
  const [done, setDone] = useState(false);
  const [update, { loading, error }] = useMutation(UPDATE_PRACTICE);
  const ui = toUiError(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await update({ variables: { input: { id: practice.id, version: practice.version, changeSummary, summary } } });
      setChangeSummary('');
      setDone(true);
    } catch {
      /* shown below */
    }
  };
  return (
    <form onSubmit={submit} className="border rounded p-3 mb-4" aria-labelledby="update-title">
      <h2 id="update-title" className="h5">
        Aggiorna la scheda
      </h2>
      {done && <Notice>Scheda aggiornata: chi la segue riceverà una notifica.</Notice>}
      {ui?.code === 'CONFLICT' ? <ErrorMessage ui={{ ...ui, message: 'La scheda è stata modificata nel frattempo: ricarica la pagina e riprova.' }} /> : <ErrorMessage ui={ui} />}
      <Field label="Sintesi" error={fieldError(ui, 'summary')}>
        {(p) => <textarea {...p} className="form-control" rows={3} value={summary} onChange={(e) => setSummary(e.target.value)} />}
      </Field>
      <Field label="Descrizione dell’aggiornamento" hint="Compare nello storico delle modifiche" error={fieldError(ui, 'changeSummary')}>
        {(p) => <input type="text" {...p} className="form-control" required value={changeSummary} onChange={(e) => setChangeSummary(e.target.value)} />}
      </Field>
      <Button color="primary" size="sm" type="submit" disabled={loading || !changeSummary.trim()}>
        Salva l’aggiornamento
      </Button>
    </form>
  );
}
