import { useLive } from '../lib/live';

/** The id of the description of the Moderazione link (the number of open flags, for screen readers). */
export const OPEN_FLAGS_DESCRIPTION = 'open-flags-description';

/** The open flags next to the Moderazione link, live; the link names it through OPEN_FLAGS_DESCRIPTION. */
export function OpenFlagsBadge() {
  const count = useLive().openFlags;
  const description = count === null ? '' : count === 0 ? 'Nessuna segnalazione aperta' : count === 1 ? '1 segnalazione aperta' : `${count} segnalazioni aperte`;
  return (
    <>
      {count !== null && count > 0 && (
        <span className="badge bg-danger ms-2" aria-hidden="true" data-testid="open-flags">
          {count > 99 ? '99+' : count}
        </span>
      )}
      <span id={OPEN_FLAGS_DESCRIPTION} hidden>
        {description}
      </span>
    </>
  );
}
