import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import { ErrorMessage, Field, Notice } from '../ui';
import { fieldError, toUiError } from '../../lib/errors';

const UPDATE_PRACTICE = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      id summary version updatedAt repositoryUrl licence
      ...PracticeChangelog
    }
  }
`);

/** For the practice's contacts and moderators: a new summary, source code and licence, with what changed for the changelog. */
export function PracticeUpdateForm({
  practice,
}: {
  practice: { id: string; version: number; summary: string; repositoryUrl?: string | null; licence?: string | null };
}) {
  const [summary, setSummary] = useState(practice.summary);
  const [repositoryUrl, setRepositoryUrl] = useState(practice.repositoryUrl ?? '');
  const [licence, setLicence] = useState(practice.licence ?? '');
  const [changeSummary, setChangeSummary] = useState('');
  const [done, setDone] = useState(false);
  const [update, { loading, error }] = useMutation(UPDATE_PRACTICE);
  const ui = toUiError(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const software = { repositoryUrl: repositoryUrl.trim() || null, licence: licence.trim() || null };
      await update({ variables: { input: { id: practice.id, version: practice.version, changeSummary, summary, ...software } } });
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
      <div className="row g-2">
        <div className="col-12 col-md-8">
          <Field label="Codice sorgente (facoltativo)" hint="Indirizzo https:// del repository, se la pratica comprende software" error={fieldError(ui, 'repositoryUrl')}>
            {(p) => <input type="url" {...p} className="form-control" value={repositoryUrl} onChange={(e) => setRepositoryUrl(e.target.value)} />}
          </Field>
        </div>
        <div className="col-12 col-md-4">
          <Field label="Licenza (facoltativa)" hint="Identificativo SPDX, per esempio EUPL-1.2" error={fieldError(ui, 'licence')}>
            {(p) => <input type="text" {...p} className="form-control" spellCheck={false} value={licence} onChange={(e) => setLicence(e.target.value)} />}
          </Field>
        </div>
      </div>
      <Field label="Descrizione dell’aggiornamento" hint="Compare nello storico delle modifiche" error={fieldError(ui, 'changeSummary')}>
        {(p) => <input type="text" {...p} className="form-control" required value={changeSummary} onChange={(e) => setChangeSummary(e.target.value)} />}
      </Field>
      <Button color="primary" size="sm" type="submit" disabled={loading || !changeSummary.trim()}>
        Salva l’aggiornamento
      </Button>
    </form>
  );
}
