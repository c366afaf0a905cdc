import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { CallPageQuery } from '../gql/graphql';
import { Empty, ErrorMessage, Field, Loading, Notice, PageTitle } from '../components/ui';
import { Breadcrumb } from '../components/Breadcrumb';
import { CallStatusBadge } from '../components/workspace/CallStatusBadge';
import { useAuth } from '../lib/auth';
import { formatDateTime, formatNumber, plural } from '../lib/format';

const CALL = graphql(`
  query CallPage($id: ID!) {
    twinningCall(id: $id) {
      id title description status deadline seats createdAt
      practice { id slug title offeringAdministration { id name } contacts { id } }
      criteria { id label weight }
      applications {
        id motivation rank selected total createdAt
        administration { id name }
        author { id displayName }
        scores { score criterion { id } scoredBy { id displayName } }
      }
      twinning { id status }
    }
    me { id administration { id name convergence } }
  }
`);

const APPLY = graphql(`
  mutation ApplyToCall($input: ApplyToCallInput!) {
    applyToCall(input: $input) { id }
  }
`);

const SCORE = graphql(`
  mutation ScoreApplication($input: ScoreApplicationInput!) {
    scoreApplication(input: $input) { id total scores { score criterion { id } scoredBy { id displayName } } }
  }
`);

const AWARD = graphql(`
  mutation AwardCall($callId: ID!) {
    awardCall(callId: $callId) { id status twinning { id } applications { id rank selected total } }
  }
`);

type Call = NonNullable<CallPageQuery['twinningCall']>;
type Application = Call['applications'][number];

const formatScore = (n: number | null | undefined) => (n == null ? '—' : new Intl.NumberFormat('it-IT', { maximumFractionDigits: 2 }).format(n));

function ApplyForm({ call, administration }: { call: Call; administration: { id: string; name: string } }) {
  const [motivation, setMotivation] = useState('');
  const [apply, a] = useMutation(APPLY, { refetchQueries: [CALL] });
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await apply({ variables: { input: { callId: call.id, administrationId: administration.id, motivation } } });
      setMotivation('');
    } catch {
      /* shown below */
    }
  };
  return (
    <form onSubmit={submit} className="border rounded p-3 mb-4" aria-labelledby="apply-title">
      <h2 id="apply-title" className="h5">
        Candida {administration.name}
      </h2>
      <Field label="Motivazione" hint="Perché la vostra amministrazione vuole riusare questa pratica e con quali risorse.">
        {(p) => <textarea {...p} className="form-control" rows={4} value={motivation} onChange={(e) => setMotivation(e.target.value)} required />}
      </Field>
      <ErrorMessage error={a.error} />
      {a.data && <Notice>Candidatura inviata.</Notice>}
      <Button type="submit" color="primary" disabled={a.loading}>
        Invia la candidatura
      </Button>
    </form>
  );
}

/** The scoring grid of contacts and moderators: one 0..10 score per application and criterion. */
function ScoringGrid({ call, ownAdministrationId }: { call: Call; ownAdministrationId: string | null }) {
  const [drafts, setDrafts] = useState<Record<string, string>>({});
  const [score, s] = useMutation(SCORE);
  const [award, w] = useMutation(AWARD, { refetchQueries: [CALL] });
  const key = (a: Application, criterionId: string) => `${a.id}:${criterionId}`;
  const current = (a: Application, criterionId: string) => a.scores.find((x) => x.criterion.id === criterionId)?.score;
  const save = async (a: Application) => {
    try {
      for (const c of call.criteria) {
        const draft = drafts[key(a, c.id)];
        if (draft === undefined || draft === '' || Number(draft) === current(a, c.id)) continue;
        await score({ variables: { input: { applicationId: a.id, criterionId: c.id, score: Number(draft) } } });
      }
      setDrafts((d) => Object.fromEntries(Object.entries(d).filter(([k]) => !k.startsWith(`${a.id}:`))));
    } catch {
      /* shown below */
    }
  };
  const allScored = call.applications.length > 0 && call.applications.every((a) => a.total != null);
  return (
    <section aria-labelledby="grid-title" className="mb-4">
      <h2 id="grid-title" className="h5">
        Griglia di valutazione
      </h2>
      <p className="small">Punteggi da 0 a 10 per criterio; il totale è la media pesata. Non si valuta la candidatura della propria amministrazione.</p>
      <div className="table-responsive">
        <table className="table align-middle">
          <caption className="visually-hidden">Punteggi delle candidature per criterio</caption>
          <thead>
            <tr>
              <th scope="col">Amministrazione</th>
              {call.criteria.map((c) => (
                <th scope="col" key={c.id}>
                  {c.label} <span className="text-secondary small">(peso {formatScore(c.weight)})</span>
                </th>
              ))}
              <th scope="col">Totale</th>
              <th scope="col">
                <span className="visually-hidden">Azioni</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {call.applications.map((a) => {
              const own = a.administration.id === ownAdministrationId;
              return (
                <tr key={a.id} data-testid="application-row">
                  <th scope="row">
                    {a.administration.name}
                    <div className="small fw-normal text-secondary">candidata il {formatDateTime(a.createdAt)}</div>
                  </th>
                  {call.criteria.map((c) => (
                    <td key={c.id}>
                      <label className="visually-hidden" htmlFor={key(a, c.id)}>
                        Punteggio di {a.administration.name} per {c.label}
                      </label>
                      <input
                        id={key(a, c.id)}
                        type="number"
                        min={0}
                        max={10}
                        step={0.5}
                        className="form-control form-control-sm"
                        style={{ maxWidth: '6rem' }}
                        disabled={own || call.status === 'AWARDED'}
                        value={drafts[key(a, c.id)] ?? current(a, c.id)?.toString() ?? ''}
                        onChange={(e) => setDrafts({ ...drafts, [key(a, c.id)]: e.target.value })}
                      />
                    </td>
                  ))}
                  <td data-testid="application-total">{formatScore(a.total)}</td>
                  <td>
                    {own ? (
                      <span className="small">È la tua amministrazione</span>
                    ) : (
                      call.status !== 'AWARDED' && (
                        <Button size="xs" color="primary" outline disabled={s.loading} onClick={() => save(a)}>
                          Salva i punteggi di {a.administration.name}
                        </Button>
                      )
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <ErrorMessage error={s.error} />
      {call.status !== 'AWARDED' && (
        <>
          <Button color="primary" disabled={w.loading || !allScored} onClick={() => award({ variables: { callId: call.id } }).catch(() => undefined)}>
            Aggiudica l’avviso
          </Button>
          {!allScored && <p className="small mt-2">Si aggiudica quando ogni candidatura ha un punteggio per tutti i criteri.</p>}
          <ErrorMessage error={w.error} />
        </>
      )}
    </section>
  );
}

function Ranking({ call }: { call: Call }) {
  const ranked = [...call.applications].sort((a, b) => (a.rank ?? 0) - (b.rank ?? 0));
  return (
    <section aria-labelledby="ranking-title" className="mb-4">
      <h2 id="ranking-title" className="h5">
        Graduatoria
      </h2>
      <p className="small">Ordinata per punteggio pesato; a parità di punteggio precede la candidatura presentata prima.</p>
      <table className="table">
        <caption className="visually-hidden">Graduatoria dell’avviso</caption>
        <thead>
          <tr>
            <th scope="col">Posizione</th>
            <th scope="col">Amministrazione</th>
            <th scope="col">Punteggio</th>
            <th scope="col">Esito</th>
          </tr>
        </thead>
        <tbody>
          {ranked.map((a) => (
            <tr key={a.id} data-testid="ranking-row">
              <td>{a.rank}°</td>
              <th scope="row">{a.administration.name}</th>
              <td>{formatScore(a.total)}</td>
              <td>{a.selected ? <span className="badge bg-success">Selezionata</span> : <span className="badge bg-secondary">Non selezionata</span>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {call.twinning && (
        <p>
          <Link to={`/gemellaggi/${call.twinning.id}`}>Vai al gemellaggio proposto con le amministrazioni selezionate</Link>
        </p>
      )}
    </section>
  );
}

export default function CallPage() {
  const { id = '' } = useParams();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error } = useQuery(CALL, { variables: { id } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const call = data?.twinningCall;
  if (!call) return <Empty>Avviso non trovato.</Empty>;
  const administration = data?.me?.administration ?? null;
  const isManager = Boolean(viewer) && (isModerator || call.practice.contacts.some((c) => c.id === viewer?.id));
  const applied = administration && call.applications.some((a) => a.administration.id === administration.id);
  const canApply = call.status === 'OPEN' && administration?.convergence && !applied && administration.id !== call.practice.offeringAdministration.id;
  return (
    <>
      <Breadcrumb links={[['/avvisi', 'Avvisi']]} current="Dettaglio" />
      <PageTitle title={call.title}>{call.title}</PageTitle>
      <p>
        <CallStatusBadge status={call.status} /> Buona pratica <Link to={`/pratiche/${call.practice.slug}`}>{call.practice.title}</Link>, offerta da{' '}
        {call.practice.offeringAdministration.name}
      </p>
      <dl className="row hub-dl">
        <dt className="col-sm-3">Scadenza</dt>
        <dd className="col-sm-9">{formatDateTime(call.deadline)}</dd>
        <dt className="col-sm-3">Posti</dt>
        <dd className="col-sm-9">{formatNumber(call.seats)}</dd>
        <dt className="col-sm-3">Criteri di selezione</dt>
        <dd className="col-sm-9">
          <ul className="mb-0">
            {call.criteria.map((c) => (
              <li key={c.id}>
                {c.label} (peso {formatScore(c.weight)})
              </li>
            ))}
          </ul>
        </dd>
      </dl>
      <p style={{ whiteSpace: 'pre-wrap' }}>{call.description}</p>
      {canApply && administration && <ApplyForm call={call} administration={administration} />}
      {viewer && call.status === 'OPEN' && !canApply && !applied && !isManager && (
        <p className="small">Possono candidarsi i membri delle amministrazioni delle regioni Convergenza (Calabria, Campania, Puglia, Sicilia), una candidatura per amministrazione.</p>
      )}
      {applied && !isManager && <Notice color="info">La tua amministrazione ha presentato la candidatura.</Notice>}
      {isManager ? (
        call.status === 'AWARDED' ? (
          <Ranking call={call} />
        ) : call.applications.length ? (
          <ScoringGrid call={call} ownAdministrationId={administration?.id ?? null} />
        ) : (
          <Empty>Ancora nessuna candidatura.</Empty>
        )
      ) : (
        call.status === 'AWARDED' && call.applications.length > 0 && <Ranking call={call} />
      )}
      {!isManager && call.applications.length > 0 && call.status !== 'AWARDED' && (
        <p className="small">{plural(call.applications.length, 'candidatura visibile', 'candidature visibili')} a te.</p>
      )}
    </>
  );
}
