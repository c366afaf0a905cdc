import { useEffect, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from '@apollo/client/react';
import { Button } from 'design-react-kit';
import { graphql } from '../gql';
import { ErrorMessage, Field, PageTitle, SelectField } from '../components/ui';
import { MarkdownEditor } from '../components/MarkdownEditor';
import { PracticePicker, type PickedPractice } from '../components/PracticePicker';
import { useAuth } from '../lib/auth';
import { CATEGORIES, categoryOptions } from '../lib/categories';
import { useDraft } from '../lib/drafts';
import { fieldError, toUiError } from '../lib/errors';

const CREATE_THREAD = graphql(`
  mutation CreateThread($input: CreateThreadInput!) {
    createThread(input: $input) { id }
  }
`);

const PRACTICE_BY_ID = graphql(`
  query PracticeTitle($id: ID!) {
    practice(id: $id) { id title }
  }
`);

export default function NewThread() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const categories = useQuery(CATEGORIES);
  const { viewer } = useAuth();
  // What is being written survives navigation and reloads, until it is published.
  const [draft, setDraft, clearDraft] = useDraft(viewer ? `${viewer.id}.new-thread` : null, {
    categoryId: '',
    title: '',
    tags: '',
    body: '',
    practices: [] as PickedPractice[],
  });
  const { title, tags, body, practices } = draft;
  // Opened from a category: that one, unless the draft has its own.
  const categoryId = draft.categoryId || params.get('categoria') || '';
  const fromPractice = params.get('pratica');
  const preset = useQuery(PRACTICE_BY_ID, { variables: { id: fromPractice ?? '' }, skip: !fromPractice });
  const [create, { loading, error }] = useMutation(CREATE_THREAD);
  const ui = toUiError(error);
  const chosenCategory = categoryId || categories.data?.categories[0]?.id || '';
  const presetPractice = preset.data?.practice;
  useEffect(() => {
    if (presetPractice && !practices.some((p) => p.id === presetPractice.id)) setDraft({ practices: [...practices, { id: presetPractice.id, title: presetPractice.title }] });
  }, [presetPractice]); // eslint-disable-line react-hooks/exhaustive-deps
  const linked = practices;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const tagList = tags
      .split(',')
      .map((t) => t.trim().toLowerCase())
      .filter(Boolean);
    try {
      const { data } = await create({
        variables: { input: { categoryId: chosenCategory, title: title.trim(), body, tags: tagList, practiceIds: linked.map((p) => p.id) } },
      });
      if (data) {
        clearDraft();
        navigate(`/discussioni/${data.createThread.id}`);
      }
    } catch {
      /* shown above the form */
    }
  };

  return (
    <div className="row justify-content-center">
      <div className="col-12 col-lg-9">
        <PageTitle title="Nuova discussione">Nuova discussione</PageTitle>
        <ErrorMessage ui={ui} />
        <form onSubmit={submit} noValidate>
          <SelectField
            label="Categoria"
            value={chosenCategory}
            options={categoryOptions(categories.data?.categories)}
            onChange={(value) => setDraft({ categoryId: value })}
            error={fieldError(ui, 'categoryId')}
            required
          />
          <Field label="Titolo" hint="Da 5 a 200 caratteri" error={fieldError(ui, 'title')}>
            {(p) => <input type="text" {...p} className="form-control" required maxLength={200} value={title} onChange={(e) => setDraft({ title: e.target.value })} />}
          </Field>
          <Field label="Etichette (facoltative)" hint="Al massimo 5, separate da virgole, in minuscolo: ad esempio suap, pagamenti" error={fieldError(ui, 'tags')}>
            {(p) => <input type="text" {...p} className="form-control" value={tags} onChange={(e) => setDraft({ tags: e.target.value })} />}
          </Field>
          <MarkdownEditor label="Messaggio di apertura" value={body} onChange={(text) => setDraft({ body: text })} rows={10} required error={fieldError(ui, 'body')} />
          <PracticePicker label="Buone pratiche da collegare (facoltative)" value={linked} onChange={(list) => setDraft({ practices: list })} />
          {(title.trim() || body.trim()) && (
            <p className="small text-secondary" data-testid="draft-note">
              Bozza salvata su questo dispositivo: la ritrovi anche se lasci la pagina.
            </p>
          )}
          <Button color="primary" type="submit" disabled={loading || !title.trim() || !body.trim() || !chosenCategory}>
            {loading ? 'Pubblicazione…' : 'Pubblica la discussione'}
          </Button>
        </form>
      </div>
    </div>
  );
}
