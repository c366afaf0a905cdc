import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { PracticePageQuery } from '../gql/graphql';
import { Empty, ErrorMessage, Field, LoadMore, Loading, Notice, PageTitle } from '../components/ui';
import { FollowControl } from '../components/FollowControl';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { ThreadList } from '../components/ThreadList';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';
import { formatDate, formatEuro, plural } from '../lib/format';
import { PRACTICE_STATUSES, REGIONS, THEMES } from '../lib/labels';
import { TwinningStatusBadge } from '../components/TwinningStatusBadge';

const PRACTICE = graphql(`
  query PracticePage($slug: String!, $first: Int, $after: String) {
    practice(slug: $slug) {
      id slug title summary description descriptionHtml themes year replicability results costEuro
      technologies tags status version createdAt updatedAt followerCount viewerIsFollowing
      offeringAdministration { id name region country }
      contacts { id displayName jobTitle }
      updates { id summary createdAt author { id displayName } }
      twinnings { id status objectives createdAt receiving { id name } }
      threads(first: $first, after: $after) {
        nodes { ...ThreadListItem }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`);

const UPDATE_PRACTICE = graphql(`
  mutation UpdatePractice($input: UpdatePracticeInput!) {
    updatePractice(input: $input) {
      id summary version updatedAt
      updates { id summary createdAt author { id displayName } }
    }
  }
`);

const PROPOSE = graphql(`
  mutation ProposeTwinning($input: ProposeTwinningInput!) {
    proposeTwinning(input: $input) { id }
  }
`);

type PracticeData = NonNullable<PracticePageQuery['practice']>;

function UpdateForm({ practice }: { practice: PracticeData }) {
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

function ProposeForm({ practice }: { practice: PracticeData }) {
  const [open, setOpen] = useState(false);
  const [receiving, setReceiving] = useState<PickedAdministration[]>([]);
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
        Proponi gemellaggio
      </Button>
    );
  return (
    <form
      className="border rounded p-3 mb-4"
      aria-labelledby="propose-title"
      onSubmit={async (e) => {
        e.preventDefault();
        try {
          const { data } = await propose({
            variables: { input: { practiceId: practice.id, receivingAdministrationIds: receiving.map((r) => r.id), objectives, budgetEuro: budget ? Number(budget) : null } },
          });
          if (data) setCreated(data.proposeTwinning.id);
        } catch {
          /* shown below */
        }
      }}
    >
      <h2 id="propose-title" className="h5">
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

export default function Practice() {
  const { slug = '' } = useParams();
  const { viewer, isModerator } = useAuth();
  const { data, loading, error, fetchMore, refetch } = useQuery(PRACTICE, { variables: { slug, first: 10 } });
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  const p = data?.practice;
  if (!p) return <Empty>Buona pratica non trovata.</Empty>;
  const canUpdate = viewer && (isModerator || p.contacts.some((c) => c.id === viewer.id));
  const more = () => fetchMore({ variables: { after: p.threads.pageInfo.endCursor } });

  return (
    <>
      <nav aria-label="Percorso" className="breadcrumb-container">
        <ol className="breadcrumb">
          <li className="breadcrumb-item">
            <Link to="/pratiche">Catalogo</Link>
            <span className="separator">/</span>
          </li>
          <li className="breadcrumb-item active" aria-current="page">
            Scheda
          </li>
        </ol>
      </nav>
      <PageTitle title={p.title}>{p.title}</PageTitle>
      <p className="lead">{p.summary}</p>
      <div className="row g-4">
        <div className="col-12 col-lg-8">
          <dl className="row hub-dl">
            <dt className="col-sm-4">Amministrazione offerente</dt>
            <dd className="col-sm-8">
              {p.offeringAdministration.name}
              {p.offeringAdministration.region ? ` (${REGIONS[p.offeringAdministration.region]})` : ` (${p.offeringAdministration.country})`}
            </dd>
            <dt className="col-sm-4">Temi</dt>
            <dd className="col-sm-8">{p.themes.map((t) => THEMES[t]).join('; ')}</dd>
            {p.year && (
              <>
                <dt className="col-sm-4">Anno</dt>
                <dd className="col-sm-8">{p.year}</dd>
              </>
            )}
            {p.costEuro != null && (
              <>
                <dt className="col-sm-4">Costo</dt>
                <dd className="col-sm-8">{formatEuro(p.costEuro)}</dd>
              </>
            )}
            {p.technologies.length > 0 && (
              <>
                <dt className="col-sm-4">Tecnologie</dt>
                <dd className="col-sm-8">{p.technologies.join(', ')}</dd>
              </>
            )}
            <dt className="col-sm-4">Stato</dt>
            <dd className="col-sm-8">
              {PRACTICE_STATUSES[p.status]} · aggiornata il {formatDate(p.updatedAt)}
            </dd>
            {p.contacts.length > 0 && (
              <>
                <dt className="col-sm-4">Referenti</dt>
                <dd className="col-sm-8">
                  {p.contacts.map((c, i) => (
                    <span key={c.id}>
                      {i > 0 && ', '}
                      <Link to={`/membri/${c.id}`}>{c.displayName}</Link>
                      {c.jobTitle ? ` (${c.jobTitle})` : ''}
                    </span>
                  ))}
                </dd>
              </>
            )}
          </dl>
          <h2 className="h4">Descrizione</h2>
          <div className="hub-post-body mb-3" dangerouslySetInnerHTML={{ __html: p.descriptionHtml }} />
          {p.results && (
            <>
              <h2 className="h5">Risultati</h2>
              <p>{p.results}</p>
            </>
          )}
          {p.replicability && (
            <>
              <h2 className="h5">Condizioni per il riuso</h2>
              <p>{p.replicability}</p>
            </>
          )}
          <section aria-labelledby="threads-title" className="mt-4">
            <div className="d-flex justify-content-between flex-wrap gap-2 align-items-center">
              <h2 id="threads-title" className="h4 mb-0">
                Discussioni collegate
              </h2>
              {viewer && (
                <Link to={`/discussioni/nuova?pratica=${p.id}`} className="btn btn-outline-primary btn-sm">
                  Apri una discussione su questa pratica
                </Link>
              )}
            </div>
            <ThreadList threads={p.threads.nodes} />
            <LoadMore hasNextPage={p.threads.pageInfo.hasNextPage} loading={loading} onMore={more} shown={p.threads.nodes.length} total={p.threads.totalCount} />
          </section>
          <section aria-labelledby="changelog-title" className="mt-4">
            <h2 id="changelog-title" className="h4">
              Storico degli aggiornamenti
            </h2>
            {p.updates.length === 0 ? (
              <Empty>Nessun aggiornamento dalla pubblicazione.</Empty>
            ) : (
              <ol className="list-unstyled" data-testid="changelog">
                {p.updates.map((u) => (
                  <li key={u.id} className="mb-2">
                    <time dateTime={u.createdAt} className="fw-semibold">
                      {formatDate(u.createdAt)}
                    </time>{' '}
                    — {u.summary} <span className="small text-secondary">({u.author.displayName})</span>
                  </li>
                ))}
              </ol>
            )}
          </section>
        </div>
        <aside className="col-12 col-lg-4" aria-label="Azioni e gemellaggi">
          <p className="small">{plural(p.followerCount, 'persona segue', 'persone seguono')} questa pratica</p>
          {viewer && <FollowControl targetType="PRACTICE" targetId={p.id} onChange={() => void refetch()} />}
          {viewer && <ProposeForm practice={p} />}
          {canUpdate && <UpdateForm practice={p} />}
          <section aria-labelledby="twinnings-title">
            <h2 id="twinnings-title" className="h5">
              Gemellaggi
            </h2>
            {p.twinnings.length === 0 && <Empty>Nessun gemellaggio avviato.</Empty>}
            <ul className="list-unstyled">
              {p.twinnings.map((t) => (
                <li key={t.id} className="mb-2">
                  <Link to={`/gemellaggi/${t.id}`}>{t.receiving.map((r) => r.name).join(', ')}</Link>{' '}
                  <TwinningStatusBadge status={t.status} />
                </li>
              ))}
            </ul>
          </section>
        </aside>
      </div>
    </>
  );
}
