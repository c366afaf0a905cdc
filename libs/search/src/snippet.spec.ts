import { describe, expect, it } from '@jest/globals';
import { MARK_END, MARK_START, toSnippetHtml } from './snippet.js';

describe('toSnippetHtml', () => {
  it('escapes the text and marks only the matches', () => {
    const raw = `<script>alert("x")</script> il ${MARK_START}SUAP${MARK_END} di Bari & dintorni`;
    expect(toSnippetHtml(raw)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; il <mark>SUAP</mark> di Bari &amp; dintorni');
  });

  it('never lets a literal <mark> from the text through', () => {
    expect(toSnippetHtml('<mark>falso</mark>')).toBe('&lt;mark&gt;falso&lt;/mark&gt;');
  });

  it('keeps marks balanced and flat whatever the sentinels', () => {
    expect(toSnippetHtml(`${MARK_END}a ${MARK_START}b ${MARK_START}c${MARK_END} d${MARK_END}`)).toBe('a <mark>b c</mark> d');
    expect(toSnippetHtml(`inizio ${MARK_START}aperto`)).toBe('inizio <mark>aperto</mark>');
  });
});
