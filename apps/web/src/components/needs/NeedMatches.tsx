import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { NeedMatchesFragment } from '../../gql/graphql';
import { ProposeTwinningForm } from '../practice/ProposeTwinningForm';
import { Empty } from '../ui';
import { useAuth } from '../../lib/auth';
import { THEMES } from '../../lib/labels';

export const NEED_MATCHES = graphql(`
  fragment NeedMatches on Need {
    id
    administration { id name convergence }
    matches(first: 10) {
      score reasons
      practice { id slug title summary themes adoptionCount offeringAdministration { id name } }
    }
  }
`);

/** The practices that answer a need, best first, each with the reasons of its rank and what to do next. */
export function NeedMatches({ need }: { need: NeedMatchesFragment }) {
  const { viewer } = useAuth();
  const receiving = need.administration.convergence ? [{ id: need.administration.id, name: need.administration.name }] : [];
  return (
    <section aria-labelledby="matches-title" className="mt-4">
      <h2 id="matches-title" className="h4">
        Buone pratiche che rispondono al fabbisogno
      </h2>
      <p className="small text-secondary">In ordine di pertinenza: il testo, i temi, le adozioni verificate, i gemellaggi conclusi, il tipo di amministrazione e gli aggiornamenti recenti.</p>
      {need.matches.length === 0 && <Empty>Nessuna buona pratica del catalogo risponde ancora a questo fabbisogno.</Empty>}
      <ol className="list-unstyled" aria-label="Buone pratiche in ordine di pertinenza">
        {need.matches.map((m, i) => (
          <li key={m.practice.id} className="border rounded p-3 mb-3" data-testid="need-match">
            <div className="d-flex justify-content-between flex-wrap gap-2">
              <h3 className="h5 mb-1">
                <span className="visually-hidden">{i + 1}. </span>
                <Link to={`/pratiche/${m.practice.slug}`}>{m.practice.title}</Link>
              </h3>
              <span className="badge bg-primary align-self-start" title="Pertinenza da 0 a 100">
                Pertinenza {Math.round(m.score * 100)}
                <span className="visually-hidden"> su 100</span>
              </span>
            </div>
            <p className="small mb-1">
              {m.practice.offeringAdministration.name} · {m.practice.themes.map((t) => THEMES[t]).join('; ')}
            </p>
            <p className="mb-2">{m.practice.summary}</p>
            <h4 className="visually-hidden">Perché</h4>
            <ul className="small mb-2" aria-label="Perché è tra le prime">
              {m.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
            {viewer && (
              <div className="d-flex flex-wrap gap-2 align-items-start">
                <Link to={`/discussioni/nuova?pratica=${m.practice.id}`} className="btn btn-outline-primary btn-sm">
                  Apri una discussione<span className="visually-hidden"> su {m.practice.title}</span>
                </Link>
                <ProposeTwinningForm practiceId={m.practice.id} receivingPreset={receiving} openLabel="Proponi un gemellaggio" />
              </div>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
