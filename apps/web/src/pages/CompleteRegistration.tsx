import { useEffect, useState, type FormEvent } from 'react';
import { Navigate, useLocation, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { Position } from '../gql/graphql';
import { ErrorMessage, Field, Loading, PageTitle, SelectField } from '../components/ui';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';
import { POSITIONS } from '../lib/labels';
import { signInFragment } from '../lib/oidc';

const COMPLETE_PROFILE = graphql(`
  mutation CompleteRegistration($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id displayName position jobTitle
      administration { id name }
    }
  }
`);

/**
 * `/registrazione/completa#token=…`: where a registration completed with SPID/CIE ends. The
 * account exists (name from the identity provider, a proposed handle); the member confirms the
 * name and says position, job and administration.
 */
export default function CompleteRegistration() {
  const location = useLocation();
  const navigate = useNavigate();
  const { signIn, viewer, token } = useAuth();
  const [fromLink] = useState(() => signInFragment(location.hash).token);
  useEffect(() => {
    if (fromLink) void signIn(fromLink).then(() => navigate('/registrazione/completa', { replace: true }));
  }, [fromLink, signIn, navigate]);

  const [displayName, setDisplayName] = useState<string | null>(null);
  const [position, setPosition] = useState<Position>('OFFICIAL');
  const [jobTitle, setJobTitle] = useState('');
  const [administration, setAdministration] = useState<PickedAdministration | null>(null);
  const [update, { loading, error }] = useMutation(COMPLETE_PROFILE);
  const ui = toUiError(error);

  if (!token && !fromLink) return <Navigate to="/accesso" replace />;
  if (!viewer) return <Loading />;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { displayName: (displayName ?? viewer.displayName).trim(), position, jobTitle: jobTitle.trim() || null, administrationId: administration?.id ?? null };
    const { data } = await update({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) navigate('/profilo', { replace: true });
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-10 col-lg-7">
        <PageTitle title="Completa la registrazione">Benvenuta, benvenuto nella comunità</PageTitle>
        <p>
          Il tuo account è stato creato con SPID / CIE. Il tuo nome utente è <strong data-testid="proposed-handle">@{viewer.handle}</strong>: lo usano gli
          altri per menzionarti nelle discussioni.
        </p>
        <ErrorMessage ui={ui} />
        <form onSubmit={submit} noValidate>
          <Field label="Nome e cognome" hint="Come lo ha comunicato il gestore della tua identità digitale" error={fieldError(ui, 'displayName')}>
            {(p) => <input type="text" {...p} className="form-control" autoComplete="name" required value={displayName ?? viewer.displayName} onChange={(e) => setDisplayName(e.target.value)} />}
          </Field>
          <SelectField label="Qualifica" value={position} options={POSITIONS} onChange={setPosition} />
          <Field label="Incarico (facoltativo)">
            {(p) => <input type="text" {...p} className="form-control" value={jobTitle} onChange={(e) => setJobTitle(e.target.value)} />}
          </Field>
          <Field label="Amministrazione di appartenenza (facoltativa)">
            {(p) => <AdministrationPicker id={p.id} describedBy={p['aria-describedby']} label="amministrazione" value={administration} onChange={setAdministration} />}
          </Field>
          <Button color="primary" type="submit" disabled={loading}>
            {loading ? 'Salvataggio…' : 'Conferma'}
          </Button>
        </form>
      </div>
    </div>
  );
}
