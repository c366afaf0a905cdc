import { useState, type FormEvent } from 'react';
import { Link, useNavigate } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import type { Theme } from '../gql/graphql';
import { MarkdownEditor } from '../components/MarkdownEditor';
import { ErrorMessage, Field, FieldError, PageTitle } from '../components/ui';
import { useAuth } from '../lib/auth';
import { fieldError, toUiError } from '../lib/errors';
import { entries, THEMES } from '../lib/labels';

const PUBLISH_NEED = graphql(`
  mutation PublishNeed($input: PublishNeedInput!) {
    publishNeed(input: $input) { id }
  }
`);

/** A member publishes a need of their own administration. */
export default function NewNeed() {
  const { viewer } = useAuth();
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const [themes, setThemes] = useState<Theme[]>([]);
  const [publish, { loading, error }] = useMutation(PUBLISH_NEED);
  const ui = toUiError(error);
  const administration = viewer?.administration;
  if (!administration) {
    return (
      <>
        <PageTitle title="Nuovo fabbisogno">Nuovo fabbisogno</PageTitle>
        <p>
          Un fabbisogno si pubblica per la propria amministrazione: indica la tua nel <Link to="/profilo">profilo</Link>.
        </p>
      </>
    );
  }
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      const { data } = await publish({ variables: { input: { administrationId: administration.id, title, description, themes } } });
      if (data) navigate(`/fabbisogni/${data.publishNeed.id}`);
    } catch {
      /* shown below */
    }
  };
  const themesError = fieldError(ui, 'themes');
  return (
    <>
      <PageTitle title="Nuovo fabbisogno">Nuovo fabbisogno</PageTitle>
      <p>
        Per conto di <strong>{administration.name}</strong>. Chi è referente delle buone pratiche più vicine riceverà un avviso.
      </p>
      <form onSubmit={submit} noValidate aria-label="Pubblica un fabbisogno">
        <ErrorMessage ui={ui} />
        <Field label="Titolo" error={fieldError(ui, 'title')}>
          {(p) => <input {...p} type="text" className="form-control" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />}
        </Field>
        <MarkdownEditor label="Descrizione: il problema, che cosa serve, i vincoli" value={description} onChange={setDescription} rows={8} required error={fieldError(ui, 'description')} />
        <fieldset className="mb-3" aria-describedby={themesError ? 'need-themes-error' : undefined}>
          <legend className="form-label fw-semibold fs-6">Temi</legend>
          {entries(THEMES).map(([key, label]) => (
            <div className="form-check" key={key}>
              <input
                id={`need-theme-${key}`}
                type="checkbox"
                className="form-check-input"
                checked={themes.includes(key)}
                onChange={(e) => setThemes((list) => (e.target.checked ? [...list, key] : list.filter((t) => t !== key)))}
              />
              <label htmlFor={`need-theme-${key}`} className="form-check-label">
                {label}
              </label>
            </div>
          ))}
          <FieldError id="need-themes" error={themesError} />
        </fieldset>
        <Button color="primary" type="submit" disabled={loading}>
          Pubblica
        </Button>
      </form>
    </>
  );
}
