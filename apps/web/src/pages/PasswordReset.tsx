import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import { ErrorMessage, Field, Notice, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';

const REQUEST_RESET = graphql(`
  mutation RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

const RESET = graphql(`
  mutation ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password) {
      token
      member { id displayName }
    }
  }
`);

const PASSWORD_HINT = 'Almeno 10 caratteri; non una delle password più comuni né un solo carattere ripetuto';

/** /password-dimenticata: asks for a reset link by e-mail (the answer never says whether the address is known). */
export function ForgotPassword() {
  const [email, setEmail] = useState('');
  const [sent, setSent] = useState(false);
  const [request, { loading, error }] = useMutation(REQUEST_RESET);
  const ui = toUiError(error);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { data } = await request({ variables: { email: email.trim() } }).catch(() => ({ data: undefined }));
    if (data) setSent(true);
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <PageTitle title="Password dimenticata">Password dimenticata</PageTitle>
        {sent ? (
          <Notice>
            Se l’indirizzo appartiene a un account, riceverai a breve un’e-mail con il collegamento per scegliere una nuova password. Il collegamento vale
            un’ora e si può usare una sola volta.
          </Notice>
        ) : (
          <>
            <p>Indica l’indirizzo e-mail del tuo account: ti invieremo un collegamento per scegliere una nuova password.</p>
            <ErrorMessage ui={ui} />
            <form onSubmit={submit} noValidate>
              <Field label="Indirizzo e-mail" error={fieldError(ui, 'email')}>
                {(p) => <input {...p} type="email" className="form-control" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
              </Field>
              <Button color="primary" type="submit" disabled={loading || !email.trim()}>
                {loading ? 'Invio in corso…' : 'Invia il collegamento'}
              </Button>
            </form>
          </>
        )}
        <p className="mt-4">
          <Link to="/accesso">Torna all’accesso</Link>
        </p>
      </div>
    </div>
  );
}

/** /reimposta-password?token=…: the new password form of the e-mailed link; signs the member in. */
export function ResetPassword() {
  const [params] = useSearchParams();
  const token = params.get('token')?.trim() ?? '';
  const [password, setPassword] = useState('');
  const [reset, { loading, error }] = useMutation(RESET);
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const ui = toUiError(error);
  const linkProblem = fieldError(ui, 'token');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { data } = await reset({ variables: { token, password } }).catch(() => ({ data: undefined }));
    if (data) {
      await signIn(data.resetPassword.token);
      navigate('/', { replace: true });
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <PageTitle title="Nuova password">Scegli una nuova password</PageTitle>
        {!token || linkProblem ? (
          <>
            <ErrorMessage ui={{ code: 'BAD_USER_INPUT', message: linkProblem ?? 'Il collegamento non è completo: aprilo di nuovo dall’e-mail ricevuta.', fields: [] }} />
            <p>
              <Link to="/password-dimenticata">Chiedi un nuovo collegamento</Link>
            </p>
          </>
        ) : (
          <>
            <p>La nuova password chiude gli accessi aperti in precedenza su tutti i dispositivi.</p>
            <ErrorMessage ui={ui} />
            <form onSubmit={submit} noValidate>
              <Field label="Nuova password" hint={PASSWORD_HINT} error={fieldError(ui, 'password')}>
                {(p) => (
                  <input {...p} type="password" className="form-control" autoComplete="new-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
                )}
              </Field>
              <Button color="primary" type="submit" disabled={loading || !password}>
                {loading ? 'Salvataggio…' : 'Salva la nuova password'}
              </Button>
            </form>
          </>
        )}
      </div>
    </div>
  );
}
