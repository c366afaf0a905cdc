import { describe, expect, it } from '@jest/globals';
import { MAX_MENTIONS_PER_POST, mentionedHandles } from './mentions.js';

describe('mentionedHandles', () => {
  it('keeps the first 20 distinct handles in order of first appearance', () => {
    const handles = Array.from({ length: 25 }, (_, i) => `membro.${String(i + 1).padStart(2, '0')}`);
    const body = `@${handles[0]} ripetuto @${handles[0]} e poi ${handles.map((h) => `@${h}`).join(' ')}`;
    expect(MAX_MENTIONS_PER_POST).toBe(20);
    expect(mentionedHandles(body)).toEqual(handles.slice(0, 20));
  });

  it('counts handles that name no member too, so the limit does not depend on who exists', () => {
    const unknown = Array.from({ length: 20 }, (_, i) => `@nessuno.${i}`).join(' ');
    const handles = mentionedHandles(`${unknown} @mario.rossi`);
    expect(handles).toHaveLength(20);
    expect(handles).not.toContain('mario.rossi');
  });
});
