import { useDeferredValue, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';

const FIND_PRACTICES = graphql(`
  query FindPractices($query: String) {
    practices(filter: { query: $query }, first: 8) {
      nodes { id slug title offeringAdministration { id name } }
    }
  }
`);

export interface PickedPractice {
  id: string;
  title: string;
}

/** Chooses practices by searching the catalogue; the chosen ones are shown as removable chips. */
export function PracticePicker({ label, value, onChange, max = 10 }: { label: string; value: PickedPractice[]; onChange: (v: PickedPractice[]) => void; max?: number }) {
  const id = useId();
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const { data, loading } = useQuery(FIND_PRACTICES, { variables: { query }, skip: query.length < 2 });
  const chosen = new Set(value.map((p) => p.id));
  return (
    <div className="mb-3">
      <label htmlFor={id} className="form-label fw-semibold">
        {label}
      </label>
      {value.length > 0 && (
        <ul className="list-unstyled d-flex flex-wrap gap-2 mb-2 hub-chips" aria-label="Buone pratiche scelte">
          {value.map((p) => (
            <li key={p.id} className="chip chip-simple mb-0">
              <span className="chip-label">{p.title}</span>
              <button type="button" className="btn btn-sm btn-link p-0 ms-1" onClick={() => onChange(value.filter((x) => x.id !== p.id))}>
                Rimuovi<span className="visually-hidden"> {p.title}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {value.length < max && (
        <>
          <input id={id} type="search" className="form-control" placeholder="Cerca nel catalogo (almeno 2 lettere)" value={text} onChange={(e) => setText(e.target.value)} />
          {query.length >= 2 && (
            <ul className="list-unstyled hub-suggestions" aria-label="Buone pratiche trovate">
              {loading && !data && <li className="small text-secondary">Ricerca…</li>}
              {data?.practices.nodes.length === 0 && <li className="small text-secondary">Nessuna buona pratica trovata</li>}
              {data?.practices.nodes
                .filter((p) => !chosen.has(p.id))
                .map((p) => (
                  <li key={p.id}>
                    <button
                      type="button"
                      className="btn btn-link btn-sm text-start p-1"
                      onClick={() => {
                        onChange([...value, { id: p.id, title: p.title }]);
                        setText('');
                      }}
                    >
                      {p.title} <span className="text-secondary">— {p.offeringAdministration.name}</span>
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
