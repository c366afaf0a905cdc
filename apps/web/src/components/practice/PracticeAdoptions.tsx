import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import type { AdoptionStage, PracticeAdoptionsFragment } from '../../gql/graphql';
import { useAuth } from '../../lib/auth';
import { fieldError, toUiError } from '../../lib/errors';
import { formatDate } from '../../lib/format';
import { ADOPTION_STAGE_BADGES, ADOPTION_STAGES } from '../../lib/labels';
import { Empty, ErrorMessage, Field, SelectField } from '../ui';

export const PRACTICE_ADOPTIONS = graphql(`
  fragment PracticeAdoptions on Practice {
    id adoptionCount
    offeringAdministration { id }
    contacts { id }
    twinnings { id status receiving { id } }
    adoptions {
      id stage verified updatedAt
      administration { id name }
      verifiedBy { id displayName }
      twinning { id }
      history { from to note at by { id displayName } }
    }
  }
`);

const RECORD = graphql(`
  mutation RecordAdoption($input: RecordAdoptionInput!) {
    recordAdoption(input: $input) { id stage verified }
  }
`);

const VERIFY = graphql(`
  mutation VerifyAdoption($id: ID!) {
    verifyAdoption(id: $id) { id verified verifiedBy { id displayName } }
  }
`);

type Adoption = PracticeAdoptionsFragment['adoptions'][number];

function AdoptionItem({ adoption, canVerify, onChanged }: { adoption: Adoption; canVerify: boolean; onChanged: () => void }) {
  const [verify, { loading, error }] = useMutation(VERIFY);
  return (
    <li className="mb-3" data-testid="adoption">
      <strong>{adoption.administration.name}</strong> <span className={`badge ${ADOPTION_STAGE_BADGES[adoption.stage]}`}>{ADOPTION_STAGES[adoption.stage]}</span>{' '}
      {adoption.verified ? (
        <span className="small text-success">verificata{adoption.verifiedBy ? ` da ${adoption.verifiedBy.displayName}` : ''}</span>
      ) : (
        <span className="small text-secondary">non verificata</span>
      )}
      <ErrorMessage error={error} />
      {canVerify && !adoption.verified && (
        <div>
          <Button color="primary" outline size="sm" className="mt-1" disabled={loading} onClick={() => void verify({ variables: { id: adoption.id } }).then(onChanged, () => undefined)}>
            Verifica<span className="visually-hidden"> l’adozione di {adoption.administration.name}</span>
          </Button>
        </div>
      )}
      <details className="small mt-1">
        <summary>
          Storia<span className="visually-hidden"> dell’adozione di {adoption.administration.name}</span>
        </summary>
        <ol className="mb-0">
          {adoption.history.map((h, i) => (
            <li key={i}>
              {formatDate(h.at)}: {h.from ? `da ${ADOPTION_STAGES[h.from]} a ` : ''}
              {ADOPTION_STAGES[h.to]} ({h.by.displayName}){h.note ? `: ${h.note}` : ''}
            </li>
          ))}
        </ol>
      </details>
    </li>
  );
}

function RecordAdoptionForm({ practice, administration, onDone }: { practice: PracticeAdoptionsFragment; administration: { id: string; name: string }; onDone: () => void }) {
  const current = practice.adoptions.find((a) => a.administration.id === administration.id);
  const [stage, setStage] = useState<AdoptionStage | ''>('');
  const [note, setNote] = useState('');
  const twinnings = practice.twinnings.filter((t) => t.receiving.some((r) => r.id === administration.id));
  const [twinningId, setTwinningId] = useState('');
  const [record, { loading, error }] = useMutation(RECORD);
  const ui = toUiError(error);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!stage) return;
    try {
      await record({ variables: { input: { practiceId: practice.id, administrationId: administration.id, stage, note: note || null, twinningId: twinningId || null } } });
      setNote('');
      setStage('');
      onDone();
    } catch {
      /* shown below */
    }
  };
  return (
    <form onSubmit={submit} className="border rounded p-3 mb-3" aria-labelledby="record-adoption-title">
      <h3 id="record-adoption-title" className="h6">
        {current ? 'Aggiorna la fase dell’adozione' : 'Registra l’adozione'} di {administration.name}
      </h3>
      <ErrorMessage ui={ui} />
      <SelectField label="Fase" value={stage} anyLabel="Scegli la fase" options={ADOPTION_STAGES} onChange={setStage} required error={fieldError(ui, 'stage')} />
      {twinnings.length > 0 && (
        <Field label="Gemellaggio (facoltativo)" error={fieldError(ui, 'twinningId')}>
          {(p) => (
            <select {...p} className="form-select" value={twinningId} onChange={(e) => setTwinningId(e.target.value)}>
              <option value="">Nessuno</option>
              {twinnings.map((t, i) => (
                <option key={t.id} value={t.id}>
                  Gemellaggio {i + 1}
                </option>
              ))}
            </select>
          )}
        </Field>
      )}
      <Field label="Nota (facoltativa)" error={fieldError(ui, 'note')}>
        {(p) => <textarea {...p} className="form-control" rows={2} maxLength={2000} value={note} onChange={(e) => setNote(e.target.value)} />}
      </Field>
      <Button color="primary" size="sm" type="submit" disabled={loading || !stage}>
        Registra
      </Button>
    </form>
  );
}

/** Who adopted the practice and at which stage, verified or not; members record, contacts and moderators verify. */
export function PracticeAdoptions({ practice, onChanged }: { practice: PracticeAdoptionsFragment; onChanged: () => void }) {
  const { viewer, isModerator } = useAuth();
  const isContact = Boolean(viewer && practice.contacts.some((c) => c.id === viewer.id));
  const own = viewer?.administration && viewer.administration.id !== practice.offeringAdministration.id ? viewer.administration : null;
  return (
    <section aria-labelledby="adoptions-title" className="mt-4">
      <h2 id="adoptions-title" className="h5">
        Adozioni
      </h2>
      <p className="small">
        In uso, con verifica, in {practice.adoptionCount} {practice.adoptionCount === 1 ? 'amministrazione' : 'amministrazioni'}.
      </p>
      {practice.adoptions.length === 0 && <Empty>Nessuna amministrazione ha ancora registrato un’adozione.</Empty>}
      <ul className="list-unstyled">
        {practice.adoptions.map((a) => (
          <AdoptionItem key={a.id} adoption={a} canVerify={(isModerator || isContact) && viewer?.administration?.id !== a.administration.id} onChanged={onChanged} />
        ))}
      </ul>
      {own && <RecordAdoptionForm practice={practice} administration={own} onDone={onChanged} />}
    </section>
  );
}
