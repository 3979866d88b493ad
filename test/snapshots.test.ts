// Every corpus draft's outcome, one line each, committed in test/snapshots/<corpus>.txt: the
// rules that fire, the relationship and the cue that decided it, and the cues taken as each
// element. A change to the engine or the catalogue that flips any draft shows up here as a
// reviewed diff naming the draft and the cue, not as a silent move under an F1 floor.
// After reviewing a diff: npx vitest run test/snapshots.test.ts -u
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, summarizeElements } from '../rules/engine.js';

const root = join(import.meta.dirname, '..');
export const CORPORA = readdirSync(join(root, 'fixtures'))
  .filter((name) => name === 'corpus' || /^holdout\d*$/.test(name))
  .sort();

const ids = (matches: ReadonlyArray<{ cue: string }>) => [...new Set(matches.map((m) => m.cue))].join(', ') || '-';

/** One draft's outcome as a line a reviewer can read in a diff. */
export function outcomeLine(name: string, text: string): string {
  const { findings, draft } = lint(text);
  const elements = summarizeElements(draft);
  const { relationship } = elements;
  const rules = [...new Set(findings.map((f) => f.ruleId))].sort().join(', ') || 'clean';
  const decided = relationship.source === 'inferred' ? `inferred by ${relationship.cue?.id}` : relationship.source === 'frontmatter' ? 'given' : 'no cue';
  const first = relationship.value === 'stranger' ? 'reasons' : 'context';
  return `${name}  rules: ${rules} | ${relationship.value} (${decided}) | ${first}: ${ids(elements.context.matches)} | invitation: ${ids(elements.invitation.matches)} | next action: ${ids(elements.nextAction.matches)}`;
}

describe('corpus snapshots', () => {
  it.each(CORPORA)('%s: every draft’s rules, relationship and deciding cues', async (corpus) => {
    const folder = join(root, 'fixtures', corpus);
    const lines = readdirSync(folder)
      .filter((f) => f.endsWith('.invite.md'))
      .sort()
      .map((f) => outcomeLine(f, readFileSync(join(folder, f), 'utf8')));
    await expect(`${lines.join('\n')}\n`).toMatchFileSnapshot(join(root, 'test', 'snapshots', `${corpus}.txt`));
  });
});
