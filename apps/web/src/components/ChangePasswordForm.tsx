import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import { ErrorMessage, Field, Notice } from './ui';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';

const CHANGE_PASSWORD = graphql(`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword) {
      token
      member { id }
    }
  }
`);

/** "Cambia password" on /profilo: the new token replaces the old one, which stops working. */
export function ChangePasswordForm() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const [change, { loading, error }] = useMutation(CHANGE_PASSWORD);
  const { signIn } = useAuth();
  const ui = toUiError(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setDone(false);
    const { data } = await change({ variables: { currentPassword, newPassword } }).catch(() => ({ data: undefined }));
    if (data) {
      await signIn(data.changePassword.token);
      setCurrent('');
      setNew('');
      setDone(true);
    }
  };

  return (
    <section className="mt-5" aria-labelledby="cambia-password">
      <h2 id="cambia-password" className="h4">
        Cambia password
      </h2>
      <p className="text-secondary">Gli accessi aperti su altri dispositivi verranno chiusi; riceverai un’e-mail di conferma.</p>
      {done && <Notice>Password cambiata.</Notice>}
      <ErrorMessage ui={ui} />
      <form onSubmit={submit} noValidate>
        <Field label="Password attuale" error={fieldError(ui, 'currentPassword')}>
          {(p) => <input {...p} type="password" className="form-control" autoComplete="current-password" required value={currentPassword} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <Field label="Nuova password" hint="Almeno 10 caratteri; non una delle password più comuni né un solo carattere ripetuto" error={fieldError(ui, 'newPassword')}>
          {(p) => <input {...p} type="password" className="form-control" autoComplete="new-password" required value={newPassword} onChange={(e) => setNew(e.target.value)} />}
        </Field>
        <Button color="primary" outline type="submit" disabled={loading || !currentPassword || !newPassword}>
          {loading ? 'Salvataggio…' : 'Cambia password'}
        </Button>
      </form>
    </section>
  );
}
