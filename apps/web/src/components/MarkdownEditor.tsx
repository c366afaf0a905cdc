import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import { FieldError } from './ui';

const MENTION_CANDIDATES = graphql(`
  query MentionCandidates($query: String!) {
    members(filter: { query: $query }, first: 6) {
      nodes { id handle displayName }
    }
  }
`);

type Renderer = (src: string) => string;
let renderer: Promise<Renderer> | null = null;

/** markdown-it with raw HTML off: the preview escapes everything the author typed as HTML. */
function loadRenderer(): Promise<Renderer> {
  renderer ??= import('markdown-it').then(({ default: MarkdownIt }) => {
    const md = new MarkdownIt({ html: false, linkify: true, breaks: true });
    return (src: string) => md.render(src);
  });
  return renderer;
}

/** As many @handles of a message as the server counts as mentions (and notifies); later ones stay plain text. */
const MAX_MENTIONS = 20;

/** The distinct @handles of a text outside code, as the server reads them. */
function mentionedHandles(text: string): Set<string> {
  const withoutCode = text.replace(/```[\s\S]*?(```|$)/g, ' ').replace(/`[^`\n]*`/g, ' ');
  const handles = new Set<string>();
  for (const m of withoutCode.matchAll(/(^|[^\w@/.`-])@([a-z0-9._-]{3,30})/gi)) handles.add(m[2].toLowerCase().replace(/[.]+$/, ''));
  return handles;
}

function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|[^\w@])@([a-z0-9._-]{1,30})$/i.exec(text.slice(0, caret));
  return m ? { start: caret - m[2].length - 1, query: m[2] } : null;
}

export function MarkdownEditor({
  label,
  value,
  onChange,
  rows = 6,
  required,
  error,
  autoFocus,
}: {
  label: string;
  value: string;
  onChange: (v: string) => void;
  rows?: number;
  required?: boolean;
  error?: string;
  autoFocus?: boolean;
}) {
  const id = useId();
  const ref = useRef<HTMLTextAreaElement>(null);
  const [tab, setTab] = useState<'write' | 'preview'>('write');
  const [html, setHtml] = useState('');
  const [mention, setMention] = useState<{ start: number; query: string } | null>(null);
  const [active, setActive] = useState(0);
  // The handle being typed does not count: only the others already in the text.
  const limitReached =
    !!mention && mentionedHandles(value.slice(0, mention.start) + value.slice(mention.start + 1 + mention.query.length)).size >= MAX_MENTIONS;
  const { data } = useQuery(MENTION_CANDIDATES, {
    variables: { query: mention?.query ?? '' },
    skip: !mention || mention.query.length < 1 || limitReached,
  });
  const candidates = mention && !limitReached ? (data?.members.nodes ?? []) : [];

  useEffect(() => {
    if (tab !== 'preview') return;
    let live = true;
    void loadRenderer().then((render) => live && setHtml(render(value)));
    return () => {
      live = false;
    };
  }, [tab, value]);

  const refreshMention = (text: string, caret: number) => {
    setMention(mentionAt(text, caret));
    setActive(0);
  };

  const pick = (handle: string) => {
    if (!mention) return;
    const caret = mention.start + 1 + mention.query.length;
    const next = `${value.slice(0, mention.start)}@${handle} ${value.slice(caret)}`;
    onChange(next);
    setMention(null);
    requestAnimationFrame(() => {
      const pos = mention.start + handle.length + 2;
      ref.current?.focus();
      ref.current?.setSelectionRange(pos, pos);
    });
  };

  const onKeyDown = (e: KeyboardEvent<HTMLTextAreaElement>) => {
    if (!mention || candidates.length === 0) return;
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      setActive((a) => (a + 1) % candidates.length);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      setActive((a) => (a - 1 + candidates.length) % candidates.length);
    } else if (e.key === 'Enter' || e.key === 'Tab') {
      e.preventDefault();
      pick(candidates[active].handle);
    } else if (e.key === 'Escape') {
      setMention(null);
    }
  };

  const listId = `${id}-mentions`;
  return (
    <div className="mb-3 hub-editor">
      <div className="d-flex justify-content-between align-items-end flex-wrap gap-2">
        <label htmlFor={id} className="form-label fw-semibold mb-1">
          {label}
        </label>
        <div className="btn-group btn-group-sm" role="group" aria-label="Modalità dell’editor">
          <button type="button" className={`btn ${tab === 'write' ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={tab === 'write'} onClick={() => setTab('write')}>
            Scrivi
          </button>
          <button type="button" className={`btn ${tab === 'preview' ? 'btn-primary' : 'btn-outline-primary'}`} aria-pressed={tab === 'preview'} onClick={() => setTab('preview')}>
            Anteprima
          </button>
        </div>
      </div>
      <div className={tab === 'write' ? '' : 'd-none'}>
        <textarea
          id={id}
          ref={ref}
          className="form-control hub-textarea"
          rows={rows}
          value={value}
          required={required}
          autoFocus={autoFocus}
          aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`}
          aria-invalid={error ? true : undefined}
          aria-autocomplete="list"
          aria-controls={candidates.length > 0 ? listId : undefined}
          aria-activedescendant={candidates.length > 0 ? `${listId}-${active}` : undefined}
          onChange={(e) => {
            onChange(e.target.value);
            refreshMention(e.target.value, e.target.selectionStart);
          }}
          onKeyDown={onKeyDown}
          onBlur={() => setTimeout(() => setMention(null), 150)}
        />
        <span className="visually-hidden" aria-live="polite">
          {candidates.length > 0 ? `${candidates.length} membri suggeriti: frecce per scegliere, Invio per inserire, Esc per chiudere` : ''}
        </span>
        {limitReached && (
          <small className="d-block text-secondary" role="status">
            Hai già menzionato {MAX_MENTIONS} membri: le altre menzioni non invieranno notifiche.
          </small>
        )}
        {candidates.length > 0 && (
          <ul id={listId} role="listbox" className="hub-mentions list-unstyled" aria-label="Membri da menzionare">
            {candidates.map((m, i) => (
              <li
                key={m.id}
                id={`${listId}-${i}`}
                role="option"
                aria-selected={i === active}
                className={i === active ? 'active' : ''}
                onMouseDown={(e) => {
                  e.preventDefault();
                  pick(m.handle);
                }}
              >
                <strong>@{m.handle}</strong> {m.displayName}
              </li>
            ))}
          </ul>
        )}
      </div>
      {tab === 'preview' && (
        <div className="hub-preview border rounded p-2" aria-live="polite" aria-label="Anteprima" dangerouslySetInnerHTML={{ __html: html || '<p class="text-secondary">Niente da mostrare.</p>' }} />
      )}
      <small id={`${id}-hint`} className="form-text d-block">
        Puoi usare Markdown (**grassetto**, elenchi, link) e menzionare un membro con @ seguito dal nome utente. Puoi menzionare fino a{' '}
        {MAX_MENTIONS} membri per messaggio.
      </small>
      <FieldError id={id} error={error} />
    </div>
  );
}
