// The cue docs stay true: docs/cue-catalogue.md is generated from the catalogue (regenerate
// with `npx vitest run rules/cues/catalogue-docs.test.ts -u`), and every example in
// docs/cues.md's table of the pattern language is checked against the real matcher.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDraft } from '../draft/parse.js';
import { compilePattern, findPhrases } from '../draft/phrase-match.js';
import { CATALOGUE, ELEMENTS } from './catalogue.js';

const root = join(import.meta.dirname, '..', '..');

const TITLES: Record<string, string> = {
  relationship: 'Relationship: who the recipient is to the writer',
  context: 'Context: how they know each other, or what brought them to mind',
  reason: "Reasons a stranger has to accept (also context for everyone else)",
  invitation: 'The invitation, in the writer’s words',
  'next-action': 'Next actions',
  stock: 'Stock phrases (a draft of only these is stock-phrase-alone)',
};

const code = (text: string) => `\`${text.replace(/\|/g, '\\|')}\``;

function catalogueMarkdown(): string {
  const out = [
    '# The cue catalogue',
    '',
    '<!-- GENERATED from rules/cues/*.cues.ts by rules/cues/catalogue-docs.test.ts: do not edit.',
    '     Regenerate: npx vitest run rules/cues/catalogue-docs.test.ts -u -->',
    '',
    `${CATALOGUE.length} cues. The pattern language is documented in [cues.md](cues.md); silence a cue with \`"ignoreCues": ["<id>"]\` in \`.invitelintrc.json\`.`,
  ];
  for (const element of ELEMENTS) {
    out.push('', `## ${TITLES[element]}`);
    for (const cue of CATALOGUE.filter((c) => c.element === element)) {
      out.push('', `### \`${cue.id}\``, '', `${cue.label} (kind: ${cue.kind}${cue.relationship ? `; signals ${cue.relationship}` : ''})`, '');
      if (cue.question) out.push('- the sentence is a question');
      for (const pattern of cue.patterns) out.push(`- ${code(pattern.source)}`);
      if (cue.unless.length > 0) out.push('', `Not when the sentence has: ${cue.unless.map((p) => code(p.source)).join(', ')}`);
      if (cue.notAfter.size > 0) out.push('', `Not right after: ${[...cue.notAfter].join(', ')}`);
      out.push('', `Matches: ${cue.match.map((s) => `“${s}”`).join(' ')}`, '', `Does not match: ${cue.noMatch.map((s) => `“${s}”`).join(' ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

describe('cue docs', () => {
  it('docs/cue-catalogue.md is generated from the catalogue', async () => {
    await expect(catalogueMarkdown()).toMatchFileSnapshot(join(root, 'docs', 'cue-catalogue.md'));
  });

  // Rows of the pattern-language table: | `element` | what | `pattern` | "matches" | "does not" |
  const rows = readFileSync(join(root, 'docs', 'cues.md'), 'utf8')
    .split('\n')
    .filter((line) => /^\| `[^`]+` \|/.test(line) && line.split(' | ').length >= 5)
    .map((line) => line.replace(/\\\|/g, '¦').split(' | ').map((cell) => cell.replace(/¦/g, '|')));
  const quoted = (cell: string) => [...cell.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  const matches = (pattern: string, sentence: string) =>
    findPhrases(parseDraft(sentence).allSentences.flatMap((s) => s.tokens), [compilePattern(pattern, { inflect: true })]).length > 0;

  it('has a table row for every construct', () => {
    expect(rows.length).toBeGreaterThanOrEqual(14);
  });

  it.each(rows.map((cells) => [cells[2].replace(/`/g, ''), quoted(cells[3]), quoted(cells[4])] as const))('pattern %s behaves as the table says', (pattern, yes, no) => {
    expect(yes.length).toBeGreaterThan(0);
    for (const sentence of yes) expect(matches(pattern, sentence), `${pattern} on "${sentence}"`).toBe(true);
    for (const sentence of no) expect(matches(pattern, sentence), `${pattern} on "${sentence}"`).toBe(false);
  });
});
