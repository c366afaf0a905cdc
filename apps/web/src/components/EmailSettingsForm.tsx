import { useEffect, useState, type FormEvent } from 'react';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { DigestFrequency, NotificationType } from '../gql/graphql';
import { ErrorMessage, Notice, SelectField } from './ui';
import { toUiError } from '../lib/errors';
import { DIGEST_FREQUENCIES, EMAILED_NOTIFICATION_TYPES, NOTIFICATION_TYPES } from '../lib/labels';

const MY_EMAIL_SETTINGS = graphql(`
  query MyEmailSettings {
    me { id role notificationSettings { emailImmediately digest } }
  }
`);

const UPDATE_EMAIL_SETTINGS = graphql(`
  mutation UpdateEmailSettings($input: NotificationSettingsInput!) {
    updateNotificationSettings(input: $input) { emailImmediately digest }
  }
`);

/** Notifications only moderators and admins receive. */
const MODERATORS_ONLY: NotificationType[] = ['NEW_FLAG'];

/** "Notifiche via e-mail" on /profilo: which notifications come by e-mail, and the digest. */
export function EmailSettingsForm() {
  const { data } = useQuery(MY_EMAIL_SETTINGS);
  const [save, { loading, error }] = useMutation(UPDATE_EMAIL_SETTINGS, { refetchQueries: [MY_EMAIL_SETTINGS] });
  const [types, setTypes] = useState<NotificationType[]>([]);
  const [digest, setDigest] = useState<DigestFrequency>('WEEKLY');
  const [saved, setSaved] = useState(false);
  const settings = data?.me?.notificationSettings;
  useEffect(() => {
    if (!settings) return;
    setTypes(settings.emailImmediately);
    setDigest(settings.digest);
  }, [settings]);
  if (!data?.me || !settings) return null;
  const moderator = data.me.role === 'MODERATOR' || data.me.role === 'ADMIN';
  const offered = EMAILED_NOTIFICATION_TYPES.filter((k) => moderator || !MODERATORS_ONLY.includes(k));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    const res = await save({ variables: { input: { emailImmediately: types, digest } } }).catch(() => null);
    if (res?.data) setSaved(true);
  };

  return (
    <section className="mt-5" aria-labelledby="notifiche-email">
      <h2 id="notifiche-email" className="h4">
        Notifiche via e-mail
      </h2>
      {saved && <Notice>Preferenze salvate.</Notice>}
      <ErrorMessage ui={toUiError(error)} />
      <form onSubmit={submit} noValidate>
        <fieldset className="mb-4">
          <legend className="h6">Ricevi subito per e-mail, se non le hai lette entro qualche minuto</legend>
          {offered.map((k) => (
            <div className="form-check" key={k}>
              <input
                id={`email-${k}`}
                type="checkbox"
                className="form-check-input"
                checked={types.includes(k)}
                onChange={(e) => setTypes(e.target.checked ? [...types, k] : types.filter((x) => x !== k))}
              />
              <label htmlFor={`email-${k}`} className="form-check-label">
                {NOTIFICATION_TYPES[k]}
              </label>
            </div>
          ))}
        </fieldset>
        <SelectField label="Riepilogo di ciò che segui" value={digest} options={DIGEST_FREQUENCIES} onChange={setDigest} />
        <Button color="primary" outline type="submit" disabled={loading}>
          {loading ? 'Salvataggio…' : 'Salva le preferenze'}
        </Button>
      </form>
    </section>
  );
}
