import { describe, expect, it } from 'vitest';
import { parseDraft } from './draft/parse.js';
import { elementsLine, summarizeElements } from './elements.js';
import { configWith } from './test-utils.js';

const line = (text: string) => elementsLine(summarizeElements(parseDraft(text)));

describe('elements', () => {
  it('summarises a stranger draft with the kind of reason found', () => {
    const text = 'Hi Ewan,\n\nYou don’t know me, but your Twitter threads on railway architecture are the best thing in my feed. Let’s connect.\n\n– Hattie';
    expect(line(text)).toBe(`stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✗ · ${text.length}/300`);
  });

  it('summarises contacts and acquaintances with context, and shows the given relationship', () => {
    expect(line('---\nrelationship: acquaintance\n---\nHi Jo,\n\nWe met at the Leeds meetup. Coffee soon?')).toBe('acquaintance (given) · context ✓ · invitation ✗ · next action ✓ · 48/300');
    expect(line('Hi Jo,\n\nLet’s connect.')).toBe('unknown (no cue) · context ✗ · invitation ✓ · next action ✗ · 22/300');
  });

  it('says which sentence was taken as which element', () => {
    const text = 'Hi Jo,\n\nGreat to see you yesterday. We should be connected. Lunch next week?';
    const summary = summarizeElements(parseDraft(text));
    expect(new Set(summary.context.matches.map((m) => m.text))).toEqual(new Set(['Great to see you yesterday.']));
    expect(summary.context.matches[0].cue).toBe('context.good-time-together');
    expect(summary.invitation.matches.map((m) => m.text)).toEqual(['We should be connected.']);
    expect(summary.nextAction.matches.map((m) => [m.kind, m.text])).toEqual([['proposal', 'Lunch next week?']]);
    expect(summary.relationship.cue?.text).toBe('Great to see');
  });

  it('says a draft not in English is not judged, and still counts its length', () => {
    const text = '---\nlang: es\n---\nHola Ana, me encantó la charla. ¿Tomamos un café?';
    const summary = summarizeElements(parseDraft(text));
    expect(summary.language).toMatchObject({ value: 'es', name: 'Spanish', source: 'frontmatter' });
    expect(elementsLine(summary)).toBe(`Spanish (given): not judged · ${[...text.split('---\n')[2]].length}/300`);
  });

  it('uses the configured and frontmatter limits', () => {
    expect(summarizeElements(parseDraft('Hi'), configWith({ 'too-long': ['error', { limit: 200 }] })).length).toEqual({ count: 2, limit: 200 });
    expect(summarizeElements(parseDraft('---\nlimit: 500\n---\nHi')).length).toEqual({ count: 2, limit: 500 });
  });
});
