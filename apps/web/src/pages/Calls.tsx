import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { CallStatus } from '../gql/graphql';
import { Empty, ErrorMessage, Field, LoadMore, Loading, PageTitle, SelectField } from '../components/ui';
import { PracticePicker, type PickedPractice } from '../components/PracticePicker';
import { CallStatusBadge } from '../components/workspace/CallStatusBadge';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';
import { formatDate, plural } from '../lib/format';
import { CALL_STATUSES } from '../lib/labels';

const CALLS = graphql(`
  query TwinningCalls($status: CallStatus, $first: Int, $after: String) {
    twinningCalls(status: $status, first: $first, after: $after) {
      nodes {
        id title status deadline seats createdAt
        practice { id slug title offeringAdministration { id name } }
        criteria { id }
      }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`);

const OPEN_CALL = graphql(`
  mutation OpenTwinningCall($input: OpenTwinningCallInput!) {
    openTwinningCall(input: $input) { id }
  }
`);

interface CriterionDraft {
  label: string;
  weight: string;
}

/** Contacts of a practice and moderators open a call: the server decides who may. */
function OpenCallForm() {
  const navigate = useNavigate();
  const [practice, setPractice] = useState<PickedPractice[]>([]);
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [deadline, setDeadline] = useState('');
  const [seats, setSeats] = useState('2');
  const [criteria, setCriteria] = useState<CriterionDraft[]>([
    { label: 'Coerenza con i fabbisogni dell’amministrazione', weight: '3' },
    { label: 'Capacità organizzativa e risorse dedicate', weight: '2' },
  ]);
  const [open, o] = useMutation(OPEN_CALL);
  const ui = toUiError(o.error);
  const errors = { title: fieldError(ui, 'title'), description: fieldError(ui, 'description'), deadline: fieldError(ui, 'deadline'), seats: fieldError(ui, 'seats'), criteria: fieldError(ui, 'criteria') ?? fieldError(ui, 'weight') };
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!practice[0]) return;
    try {
      const res = await open({
        variables: {
          input: {
            practiceId: practice[0].id,
            title,
            description,
            deadline: new Date(deadline).toISOString(),
            seats: Number(seats),
            criteria: criteria.filter((c) => c.label.trim()).map((c) => ({ label: c.label, weight: Number(c.weight) })),
          },
        },
      });
      if (res.data) navigate(`/avvisi/${res.data.openTwinningCall.id}`);
    } catch {
      /* shown below */
    }
  };
  const setCriterion = (i: number, patch: Partial<CriterionDraft>) => setCriteria(criteria.map((c, k) => (k === i ? { ...c, ...patch } : c)));
  return (
    <form onSubmit={submit} className="border rounded p-3 mb-4" aria-labelledby="open-call-title">
      <h2 id="open-call-title" className="h5">
        Apri un avviso
      </h2>
      <p className="small text-secondary">Possono aprire un avviso i referenti della buona pratica e i moderatori.</p>
      <PracticePicker label="Buona pratica" value={practice} onChange={setPractice} max={1} />
      <Field label="Titolo" error={errors.title}>
        {(p) => <input {...p} type="text" className="form-control" value={title} onChange={(e) => setTitle(e.target.value)} required />}
      </Field>
      <Field label="Descrizione" error={errors.description}>
        {(p) => <textarea {...p} className="form-control" rows={3} value={description} onChange={(e) => setDescription(e.target.value)} required />}
      </Field>
      <div className="row">
        <div className="col-12 col-md-6">
          <Field label="Scadenza" error={errors.deadline}>
            {(p) => <input {...p} type="datetime-local" className="form-control" value={deadline} onChange={(e) => setDeadline(e.target.value)} required />}
          </Field>
        </div>
        <div className="col-12 col-md-6">
          <Field label="Posti" error={errors.seats}>
            {(p) => <input {...p} type="number" min={1} className="form-control" value={seats} onChange={(e) => setSeats(e.target.value)} required />}
          </Field>
        </div>
      </div>
      <fieldset className="mb-3">
        <legend className="h6">Criteri di selezione e pesi</legend>
        {criteria.map((c, i) => (
          <div key={i} className="row g-2 mb-2">
            <div className="col-8">
              <label className="visually-hidden" htmlFor={`criterion-${i}`}>
                Criterio {i + 1}
              </label>
              <input id={`criterion-${i}`} type="text" className="form-control" value={c.label} onChange={(e) => setCriterion(i, { label: e.target.value })} />
            </div>
            <div className="col-4">
              <label className="visually-hidden" htmlFor={`weight-${i}`}>
                Peso del criterio {i + 1}
              </label>
              <input id={`weight-${i}`} type="number" min={0.1} step={0.1} className="form-control" value={c.weight} onChange={(e) => setCriterion(i, { weight: e.target.value })} />
            </div>
          </div>
        ))}
        <button type="button" className="btn btn-sm btn-outline-primary" onClick={() => setCriteria([...criteria, { label: '', weight: '1' }])}>
          Aggiungi un criterio
        </button>
        {errors.criteria && <div className="text-danger small">{errors.criteria}</div>}
      </fieldset>
      <ErrorMessage ui={ui} />
      <Button type="submit" color="primary" disabled={o.loading || !practice[0]}>
        Apri l’avviso
      </Button>
    </form>
  );
}

export default function Calls() {
  const { viewer } = useAuth();
  const [params, setParams] = useSearchParams();
  const status = (params.get('stato') as CallStatus) ?? 'OPEN';
  const [showForm, setShowForm] = useState(false);
  const { data, loading, error, fetchMore } = useQuery(CALLS, { variables: { status: status || null, first: 20 } });
  const more = () => fetchMore({ variables: { after: data?.twinningCalls.pageInfo.endCursor } });
  return (
    <>
      <PageTitle title="Avvisi">Avvisi</PageTitle>
      <p>
        Avvisi per le amministrazioni delle regioni Convergenza che vogliono riusare una buona pratica: candidature entro la scadenza, valutazione sui criteri
        di selezione e graduatoria.
      </p>
      <div className="d-flex flex-wrap align-items-end gap-3">
        <div className="col-12 col-md-4">
          <SelectField label="Stato" value={status} anyLabel="Tutti" options={CALL_STATUSES} onChange={(value) => setParams({ stato: value }, { replace: true })} />
        </div>
        {viewer && (
          <Button color="primary" outline className="mb-3" onClick={() => setShowForm(!showForm)} aria-expanded={showForm}>
            Apri un avviso
          </Button>
        )}
      </div>
      {showForm && <OpenCallForm />}
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && data.twinningCalls.nodes.length === 0 && <Empty>Nessun avviso.</Empty>}
      <ul className="list-unstyled">
        {data?.twinningCalls.nodes.map((c) => (
          <li key={c.id} className="border rounded p-3 mb-3" data-testid="call">
            <h2 className="h5 mb-1">
              <Link to={`/avvisi/${c.id}`}>{c.title}</Link>
            </h2>
            <p className="mb-1">
              <CallStatusBadge status={c.status} /> <span className="small">Buona pratica: </span>
              <Link to={`/pratiche/${c.practice.slug}`}>{c.practice.title}</Link> · {c.practice.offeringAdministration.name}
            </p>
            <p className="small mb-0">
              Scadenza {formatDate(c.deadline)} · {plural(c.seats, 'posto', 'posti')} · {plural(c.criteria.length, 'criterio', 'criteri')} di selezione
            </p>
          </li>
        ))}
      </ul>
      {data && <LoadMore hasNextPage={data.twinningCalls.pageInfo.hasNextPage} loading={loading} onMore={more} shown={data.twinningCalls.nodes.length} total={data.twinningCalls.totalCount} />}
    </>
  );
}
