import { useDeferredValue, useRef, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { REGIONS } from '../lib/labels';

const SEARCH_ADMINISTRATIONS = graphql(`
  query SearchAdministrations($query: String, $convergence: Boolean, $first: Int) {
    administrations(query: $query, convergence: $convergence, first: $first) {
      nodes { id name region province ipaCode convergence }
      totalCount
    }
  }
`);

export interface PickedAdministration {
  id: string;
  name: string;
}

/** A text search over the whole IPA registry (~23,000 administrations: words of the name, IPA code or codice fiscale) with a short list of matches. */
export function AdministrationPicker({
  id,
  label,
  value,
  onChange,
  convergenceOnly,
  describedBy,
}: {
  id: string;
  label: string;
  value: PickedAdministration | null;
  onChange: (a: PickedAdministration | null) => void;
  convergenceOnly?: boolean;
  describedBy?: string;
}) {
  const [text, setText] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const query = useDeferredValue(text.trim());
  const { data, loading } = useQuery(SEARCH_ADMINISTRATIONS, {
    variables: { query: query || null, convergence: convergenceOnly ? true : null, first: 8 },
    skip: query.length < 2,
  });
  return (
    <div>
      {value ? (
        <div className="d-flex align-items-center flex-wrap gap-2 mb-1">
          <span className="chip chip-simple mb-0 hub-chip" data-testid={`${id}-picked`}>
            <span className="chip-label">{value.name}</span>
          </span>
          <button type="button" className="btn btn-sm btn-link" onClick={() => onChange(null)}>
            Cambia<span className="visually-hidden"> {label}</span>
          </button>
        </div>
      ) : (
        <>
          <input
            ref={input}
            id={id}
            type="search"
            className="form-control"
            placeholder="Nome, codice IPA o codice fiscale (almeno 2 caratteri)"
            value={text}
            aria-describedby={describedBy}
            onChange={(e) => setText(e.target.value)}
          />
          {query.length >= 2 && (
            <ul className="list-unstyled hub-suggestions" aria-label={`Risultati per ${label}`}>
              {loading && !data && <li className="text-secondary small">Ricerca…</li>}
              {data?.administrations.nodes.length === 0 && <li className="text-secondary small">Nessuna amministrazione trovata</li>}
              {data?.administrations.nodes.map((a) => (
                <li key={a.id}>
                  <button
                    type="button"
                    className="btn btn-link btn-sm text-start p-1"
                    onClick={() => {
                      // The search is done: empty it, and where the field stays (a list of choices) go back to it.
                      setText('');
                      onChange({ id: a.id, name: a.name });
                      requestAnimationFrame(() => input.current?.focus());
                    }}
                  >
                    {a.name}
                    {a.region ? ` (${a.province ? `${a.province}, ` : ''}${REGIONS[a.region]})` : ''}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
