// The catalogue's own examples run as tests (each cue on its own, vetoes included), and the
// compiler's strictness is checked on broken entries.
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../draft/parse.js';
import { signalsOf } from '../signals.js';
import { CATALOGUE, CatalogueError, compileCues, type Cue } from './catalogue.js';

const ALL_IDS = CATALOGUE.map((cue) => cue.id);

/** The ids of the signals `sentence` gives when only `id` is switched on. */
function alone(id: string, sentence: string): string[] {
  const draft = parseDraft(`Hi Jo,\n\n${sentence}\n\n– Sam`);
  return signalsOf(draft, { ignoreCues: ALL_IDS.filter((other) => other !== id), extraStockPhrases: [] }).signals.map((s) => s.cue.id);
}

describe('cue catalogue examples', () => {
  const cases = CATALOGUE.flatMap((cue) => [
    ...cue.match.map((sentence) => [cue.id, 'matches', sentence] as const),
    ...cue.noMatch.map((sentence) => [cue.id, 'does not match', sentence] as const),
  ]);
  it.each(cases)('%s %s %j', (id, verdict, sentence) => {
    if (verdict === 'matches') expect(alone(id, sentence)).toContain(id);
    else expect(alone(id, sentence)).not.toContain(id);
  });
});

const cue = (over: Partial<Cue>): Cue => ({ id: 'context.example', kind: 'k', label: 'l', patterns: ['we met'], match: ['We met.'], noMatch: ['Hello.'], ...over });
const problems = (cues: Cue[]) => {
  try {
    compileCues(cues);
  } catch (error) {
    if (error instanceof CatalogueError) return error.problems;
    throw error;
  }
  return [];
};

describe('cue compiler', () => {
  it('accepts a well-formed cue', () => {
    expect(problems([cue({})])).toEqual([]);
  });

  it.each([
    [{ id: 'Context.Example' }, 'id must be <element>.<name>'],
    [{ id: 'mood.happy' }, 'id must be <element>.<name>'],
    [{ id: 'relationship.x' }, 'names the relationship it signals'],
    [{ patterns: [] }, 'no patterns'],
    [{ match: [] }, 'at least one match and one noMatch'],
    [{ notAfter: ['two words'] }, 'notAfter entry "two words" is not a word'],
    [{ patterns: ['... we met'] }, 'cannot begin or end with a gap'],
    [{ patterns: ['we ... ... met'] }, 'two gaps in a row'],
    [{ patterns: ['we ...99 met'] }, 'must be 1 to 12 tokens'],
    [{ patterns: ['we @Verb'] }, 'unknown class "@Verb"'],
    [{ patterns: ['we met|meet'] }, '"met" is already matched by "meet"'],
    [{ patterns: ['we meet|met'] }, '"met" is already matched by "meet"'],
    [{ patterns: ['we talk|talk'] }, '"talk" is listed twice'],
    [{ patterns: ['we sat $ down'] }, '"$" must come last'],
    [{ patterns: ['we? met?'] }, 'every element is optional'],
    [{ patterns: ['we (met)'] }, 'is not a word'],
    [{ patterns: ['we met', 'we  met'] }, 'is already listed in this cue'],
  ])('rejects %j', (over, message) => {
    const found = problems([cue(over as Partial<Cue>)]);
    expect(found.join('\n')).toContain(message);
  });

  it('rejects a pattern listed in two cues and an id listed twice, reporting every problem', () => {
    const found = problems([cue({}), cue({ id: 'context.other' }), cue({ patterns: ['we ate'] })]);
    expect(found).toEqual([
      'cue context.other: pattern "we met" is already listed in context.example',
      'cue context.example: id listed twice',
    ]);
  });

  it('expands base words to their inflections, and =word only to itself', () => {
    const [compiled] = compileCues([cue({ patterns: ['we bump into', 'we =met'] })]);
    const words = (index: number, at: number) => [...(compiled.patterns[index].elements[at] as { words: Set<string> }).words];
    expect(words(0, 1)).toEqual(expect.arrayContaining(['bump', 'bumped', 'bumping', 'bumps']));
    expect(words(0, 0)).toEqual(['we']);
    expect(words(1, 1)).toEqual(['met']);
  });
});

describe('generated data', () => {
  it('rules/cues/irregular-forms.ts is what scripts/generate-irregular-forms.mjs makes from wink-lexicon', async () => {
    const { spawnSync } = await import('node:child_process');
    const run = spawnSync(process.execPath, ['scripts/generate-irregular-forms.mjs', '--check'], { cwd: new URL('../..', import.meta.url).pathname, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
