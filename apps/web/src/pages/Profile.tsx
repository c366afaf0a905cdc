import { useEffect, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { Position, Theme } from '../gql/graphql';
import { ErrorMessage, Field, Loading, Notice, PageTitle, SelectField } from '../components/ui';
import { AdministrationPicker, type PickedAdministration } from '../components/AdministrationPicker';
import { ChangePasswordForm } from '../components/ChangePasswordForm';
import { EmailSettingsForm } from '../components/EmailSettingsForm';
import { fieldError, toUiError } from '../lib/errors';
import { formatDate } from '../lib/format';
import { entries, POSITIONS, ROLES, THEMES } from '../lib/labels';

const MY_PROFILE = graphql(`
  query MyProfile {
    me {
      id handle displayName position jobTitle bio expertise role status joinedAt email threadCount postCount
      administration { id name }
    }
  }
`);

const UPDATE_PROFILE = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      id displayName position jobTitle bio expertise
      administration { id name }
    }
  }
`);

export default function Profile() {
  const { data, loading, error } = useQuery(MY_PROFILE);
  const [update, u] = useMutation(UPDATE_PROFILE);
  const [form, setForm] = useState({ displayName: '', position: 'OFFICIAL' as Position, jobTitle: '', bio: '', expertise: [] as Theme[] });
  const [administration, setAdministration] = useState<PickedAdministration | null>(null);
  const [saved, setSaved] = useState(false);
  const me = data?.me;
  useEffect(() => {
    if (!me) return;
    setForm({ displayName: me.displayName, position: me.position, jobTitle: me.jobTitle ?? '', bio: me.bio ?? '', expertise: me.expertise });
    setAdministration(me.administration ? { id: me.administration.id, name: me.administration.name } : null);
  }, [me]);
  if (loading && !data) return <Loading />;
  if (error) return <ErrorMessage error={error} />;
  if (!me) return null;
  const ui = toUiError(u.error);
  const administrationFixed = Boolean(me.administration) && me.role !== 'ADMIN';
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setSaved(false);
    try {
      // Once declared, the administration is changed by an admin: it is sent only while it can be chosen.
      const chosen = administrationFixed ? {} : { administrationId: administration?.id ?? null };
      await update({ variables: { input: { ...form, jobTitle: form.jobTitle || null, bio: form.bio || null, ...chosen } } });
      setSaved(true);
    } catch {
      /* shown above the form */
    }
  };
  return (
    <div className="row justify-content-center">
      <div className="col-12 col-lg-8">
        <PageTitle title="Profilo">Il tuo profilo</PageTitle>
        <p className="text-secondary">
          @{me.handle} · {me.email} · {ROLES[me.role]} · membro dal {formatDate(me.joinedAt)} · <Link to={`/membri/${me.id}`}>vedi la pagina pubblica</Link>
        </p>
        {saved && <Notice>Profilo aggiornato.</Notice>}
        <ErrorMessage ui={ui} />
        <form onSubmit={submit} noValidate>
          <Field label="Nome e cognome" error={fieldError(ui, 'displayName')}>
            {(p) => <input type="text" {...p} className="form-control" required value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />}
          </Field>
          <SelectField label="Qualifica" value={form.position} options={POSITIONS} onChange={(position) => setForm({ ...form, position })} />
          <Field label="Incarico" error={fieldError(ui, 'jobTitle')}>
            {(p) => <input type="text" {...p} className="form-control" value={form.jobTitle} onChange={(e) => setForm({ ...form, jobTitle: e.target.value })} />}
          </Field>
          {administrationFixed ? (
            <Field label="Amministrazione" hint="Per cambiarla chiedi a un amministratore della comunità">
              {(p) => <input type="text" {...p} className="form-control" readOnly value={me.administration?.name ?? ''} />}
            </Field>
          ) : (
            <Field label="Amministrazione" hint="L'amministrazione per cui partecipi: una volta indicata, la cambia un amministratore">
              {(p) => <AdministrationPicker id={p.id} label="amministrazione" value={administration} onChange={setAdministration} />}
            </Field>
          )}
          <Field label="Presentazione" hint="Puoi usare Markdown: **grassetto**, _corsivo_, elenchi e link" error={fieldError(ui, 'bio')}>
            {(p) => <textarea {...p} className="form-control" rows={4} value={form.bio} onChange={(e) => setForm({ ...form, bio: e.target.value })} />}
          </Field>
          <fieldset className="mb-3">
            <legend className="form-label fw-semibold fs-6">Competenze</legend>
            {entries(THEMES).map(([k, v]) => (
              <div key={k} className="form-check">
                <input
                  id={`exp-${k}`}
                  type="checkbox"
                  className="form-check-input"
                  checked={form.expertise.includes(k)}
                  onChange={(e) => setForm({ ...form, expertise: e.target.checked ? [...form.expertise, k] : form.expertise.filter((x) => x !== k) })}
                />
                <label htmlFor={`exp-${k}`} className="form-check-label">
                  {v}
                </label>
              </div>
            ))}
          </fieldset>
          <Button color="primary" type="submit" disabled={u.loading}>
            Salva il profilo
          </Button>
        </form>
        <EmailSettingsForm />
        <ChangePasswordForm />
      </div>
    </div>
  );
}
