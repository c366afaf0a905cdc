import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import { ErrorMessage, Field, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';
import { toUiError } from '../lib/errors';
import { signInFragment, useOidcEnabled } from '../lib/oidc';
import { SpidCieButton } from '../components/SpidCieButton';

const LOGIN = graphql(`
  mutation Login($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
      member { id displayName }
    }
  }
`);

export default function Login() {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [login, { loading, error }] = useMutation(LOGIN);
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const ui = toUiError(error);
  const oidc = useOidcEnabled();
  const location = useLocation();
  // The sign-in with SPID/CIE ends here with #token=… or #errore=….
  const [oidcError, setOidcError] = useState<string | null>(null);
  useEffect(() => {
    const { token, error: failure } = signInFragment(location.hash);
    if (failure) setOidcError(failure);
    if (token) void signIn(token).then(() => navigate('/', { replace: true }));
  }, [location.hash, signIn, navigate]);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const { data } = await login({ variables: { email: email.trim(), password } }).catch(() => ({ data: undefined }));
    if (data) {
      await signIn(data.login.token);
      navigate(params.get('da') || '/', { replace: true });
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-8 col-lg-5">
        <PageTitle title="Accesso">Accedi</PageTitle>
        {oidcError && (
          <div className="alert alert-danger" role="alert" data-testid="oidc-error">
            {oidcError}
          </div>
        )}
        {oidc && (
          <div className="mb-4">
            <SpidCieButton />
            <p className="small mt-2 mb-0">Con la tua identità digitale SPID o con la Carta d’identità elettronica.</p>
          </div>
        )}
        <p>{oidc ? 'Oppure entra' : 'Entra'} con l’indirizzo e-mail e la password del tuo account.</p>
        {ui && (
          <ErrorMessage
            ui={ui.code === 'UNAUTHENTICATED' ? { ...ui, message: 'E-mail o password non corretti, oppure account sospeso.' } : ui}
          />
        )}
        <form onSubmit={submit} noValidate>
          <Field label="Indirizzo e-mail">
            {(p) => <input {...p} type="email" className="form-control" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />}
          </Field>
          <Field label="Password">
            {(p) => (
              <input {...p} type="password" className="form-control" autoComplete="current-password" required value={password} onChange={(e) => setPassword(e.target.value)} />
            )}
          </Field>
          <Button color="primary" type="submit" disabled={loading || !email || !password}>
            {loading ? 'Accesso in corso…' : 'Accedi'}
          </Button>
        </form>
        <p className="mt-3">
          <Link to="/password-dimenticata">Password dimenticata?</Link>
        </p>
        <p className="mt-4">
          Hai ricevuto un codice di invito? <Link to="/registrazione">Registrati</Link>.
        </p>
      </div>
    </div>
  );
}
