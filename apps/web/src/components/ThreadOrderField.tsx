import type { ThreadOrder } from '../gql/graphql';
import { entries, THREAD_ORDERS } from '../lib/labels';
import { Field } from './ui';

/** "Ordina per" over the orders of a thread list. */
export function ThreadOrderField({ value, onChange }: { value: ThreadOrder; onChange: (order: ThreadOrder) => void }) {
  return (
    <Field label="Ordina per">
      {(p) => (
        <select {...p} className="form-select" value={value} onChange={(e) => onChange(e.target.value as ThreadOrder)}>
          {entries(THREAD_ORDERS).map(([k, v]) => (
            <option key={k} value={k}>
              {v}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
