import { useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { Position } from '../gql/graphql';
import { ErrorMessage, Field, PageTitle, SelectField } from '../components/ui';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';
import { POSITIONS } from '../lib/labels';
import { useOidcEnabled } from '../lib/oidc';
import { SpidCieButton } from '../components/SpidCieButton';

const REGISTER = graphql(`
  mutation Register($input: RegisterInput!) {
    register(input: $input) {
      token
      member { id displayName }
    }
  }
`);

export default function Register() {
  // The link of the invitation (/registrazione?codice=…) fills in the code.
  const [params] = useSearchParams();
  const fromLink = params.get('codice')?.trim() ?? '';
  const [form, setForm] = useState({ invitationCode: fromLink, email: '', password: '', handle: '', displayName: '', position: 'OFFICIAL' as Position, jobTitle: '' });
  const [administration, setAdministration] = useState<PickedAdministration | null>(null);
  const [register, { loading, error }] = useMutation(REGISTER);
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const ui = toUiError(error);
  const oidc = useOidcEnabled();
  const set = (k: keyof typeof form) => (e: { target: { value: string } }) => setForm((f) => ({ ...f, [k]: e.target.value }));

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const input = { ...form, jobTitle: form.jobTitle || null, administrationId: administration?.id ?? null, handle: form.handle.trim().toLowerCase() };
    const { data } = await register({ variables: { input } }).catch(() => ({ data: undefined }));
    if (data) {
      await signIn(data.register.token);
      navigate('/profilo', { replace: true });
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-md-10 col-lg-7">
        <PageTitle title="Registrazione">Registrazione con invito</PageTitle>
        <p>La comunità è riservata a dirigenti e funzionari invitati. Inserisci il codice ricevuto con l’invito.</p>
        {oidc && form.invitationCode.trim() && (
          <div className="mb-4" data-testid="register-with-spid">
            <SpidCieButton invitationCode={form.invitationCode.trim()} label="Registrati con SPID / CIE" />
            <p className="small mt-2 mb-0">Nome e cognome arrivano dalla tua identità digitale; oppure compila il modulo qui sotto.</p>
          </div>
        )}
        <ErrorMessage ui={ui} />
        <form onSubmit={submit} noValidate>
          <Field label="Codice di invito" hint={fromLink ? 'Compilato dal link del tuo invito' : undefined} error={fieldError(ui, 'invitationCode')}>
            {(p) => <input type="text" {...p} className="form-control" autoComplete="off" spellCheck={false} required value={form.invitationCode} onChange={set('invitationCode')} />}
          </Field>
          <Field label="Indirizzo e-mail" hint="Lo stesso a cui è stato inviato l’invito" error={fieldError(ui, 'email')}>
            {(p) => <input {...p} type="email" className="form-control" autoComplete="email" required value={form.email} onChange={set('email')} />}
          </Field>
          <Field label="Password" hint="Almeno 10 caratteri; non una delle password più comuni né un solo carattere ripetuto" error={fieldError(ui, 'password')}>
            {(p) => <input {...p} type="password" className="form-control" autoComplete="new-password" required value={form.password} onChange={set('password')} />}
          </Field>
          <Field label="Nome utente" hint="Da 3 a 30 caratteri tra lettere minuscole, cifre, punto, trattino e trattino basso; serve per le menzioni (@nome)" error={fieldError(ui, 'handle')}>
            {(p) => <input type="text" {...p} className="form-control" autoComplete="username" required value={form.handle} onChange={set('handle')} />}
          </Field>
          <Field label="Nome e cognome" error={fieldError(ui, 'displayName')}>
            {(p) => <input type="text" {...p} className="form-control" autoComplete="name" required value={form.displayName} onChange={set('displayName')} />}
          </Field>
          <SelectField label="Qualifica" value={form.position} options={POSITIONS} onChange={(position) => setForm((f) => ({ ...f, position }))} />
          <Field label="Incarico (facoltativo)">
            {(p) => <input type="text" {...p} className="form-control" value={form.jobTitle} onChange={set('jobTitle')} />}
          </Field>
          <Field label="Amministrazione di appartenenza (facoltativa)">
            {(p) => <AdministrationPicker id={p.id} describedBy={p['aria-describedby']} label="amministrazione" value={administration} onChange={setAdministration} />}
          </Field>
          <Button color="primary" type="submit" disabled={loading}>
            {loading ? 'Registrazione in corso…' : 'Completa la registrazione'}
          </Button>
        </form>
      </div>
    </div>
  );
}
