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
});
