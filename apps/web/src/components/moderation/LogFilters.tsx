import { useDeferredValue, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../../gql';
import { Field, SelectField } from '../ui';
import { MODERATION_ACTIONS, ROLES } from '../../lib/labels';

const MODERATOR_CANDIDATES = graphql(`
  query ModeratorCandidates($query: String!) {
    members(filter: { query: $query }, first: 8) {
      nodes { id displayName role }
    }
  }
`);

interface PickedModerator {
  id: string;
  displayName: string;
}

/** Any member can be chosen: whoever moderated then may be a member now. */
function ModeratorPicker({ value, onChange }: { value: PickedModerator | null; onChange: (m: PickedModerator | null) => void }) {
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const { data, loading } = useQuery(MODERATOR_CANDIDATES, { variables: { query }, skip: query.length < 2 });
  return (
    <Field label="Moderatore" hint={value ? undefined : 'Scrivi almeno 2 lettere del nome'}>
      {(p) =>
        value ? (
          <>
            <input {...p} type="text" className="form-control" value={value.displayName} readOnly />
            <button type="button" className="btn btn-sm btn-link px-0" onClick={() => onChange(null)}>
              Tutti i moderatori
            </button>
          </>
        ) : (
          <>
            <input {...p} type="search" className="form-control" value={text} onChange={(e) => setText(e.target.value)} />
            {query.length >= 2 && (
              <ul className="list-unstyled hub-suggestions" aria-label="Membri trovati">
                {loading && !data && <li className="text-secondary small">Ricerca…</li>}
                {data?.members.nodes.length === 0 && <li className="text-secondary small">Nessun membro trovato</li>}
                {data?.members.nodes.map((m) => (
                  <li key={m.id}>
                    <button
                      type="button"
                      className="btn btn-link btn-sm text-start p-1"
                      onClick={() => {
                        onChange({ id: m.id, displayName: m.displayName });
                        setText('');
                      }}
                    >
                      {m.displayName} ({ROLES[m.role]})
                    </button>
                  </li>
                ))}
              </ul>
            )}
          </>
        )
      }
    </Field>
  );
}

export interface LogFilter {
  action: string;
  moderator: PickedModerator | null;
  /** Days as the date inputs give them (YYYY-MM-DD), both included. */
  from: string;
  to: string;
}

export const NO_FILTER: LogFilter = { action: '', moderator: null, from: '', to: '' };

export function LogFilters({ value, onChange, periodError }: { value: LogFilter; onChange: (f: LogFilter) => void; periodError?: string }) {
  const active = value.action || value.moderator || value.from || value.to;
  return (
    <form className="hub-log-filters mb-3" aria-label="Filtri del registro" onSubmit={(e) => e.preventDefault()}>
      <div className="row g-3 align-items-start">
        <div className="col-md-6 col-lg-3">
          <SelectField label="Azione" anyLabel="Tutte le azioni" options={MODERATION_ACTIONS} value={value.action} onChange={(action) => onChange({ ...value, action })} />
        </div>
        <div className="col-md-6 col-lg-3">
          <ModeratorPicker value={value.moderator} onChange={(moderator) => onChange({ ...value, moderator })} />
        </div>
        <div className="col-6 col-lg-2">
          <Field label="Dal">
            {(p) => <input {...p} type="date" className="form-control" value={value.from} onChange={(e) => onChange({ ...value, from: e.target.value })} />}
          </Field>
        </div>
        <div className="col-6 col-lg-2">
          <Field label="Al" error={periodError}>
            {(p) => <input {...p} type="date" className="form-control" value={value.to} onChange={(e) => onChange({ ...value, to: e.target.value })} />}
          </Field>
        </div>
        {active && (
          <div className="col-lg-2 pt-lg-4">
            <Button color="primary" outline size="sm" onClick={() => onChange(NO_FILTER)}>
              Azzera i filtri
            </Button>
          </div>
        )}
      </div>
    </form>
  );
}
