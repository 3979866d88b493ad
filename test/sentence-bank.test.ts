// The sentence bank (fixtures/sentences): one labelled sentence at a time, in a note of its own,
// judged for the element its category names. The sentences the engine gets wrong are kept in
// test/snapshots/sentences.txt, so a change that flips one is a reviewed diff; each category must
// also stay at 93% or better. After reviewing a diff: npx vitest run test/sentence-bank.test.ts -u
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint, summarizeElements } from '../rules/engine.js';

const root = join(import.meta.dirname, '..');
interface Entry { category: string; sentence: string; voice: string }
const bank = JSON.parse(readFileSync(join(root, 'fixtures', 'sentences', 'bank.json'), 'utf8')) as Entry[];

/** The question each category asks of a note holding only its sentence; true when the engine answers as labelled. */
const JUDGED: Record<string, (note: { elements: ReturnType<typeof summarizeElements>; rules: Set<string> }) => boolean> = {
  context: ({ elements }) => elements.context.found,
  'not-context': ({ elements }) => !elements.context.found,
  reason: ({ elements }) => elements.context.found,
  'not-reason': ({ elements }) => !elements.context.found,
  'next-action': ({ elements }) => elements.nextAction.found,
  'not-next-action': ({ elements }) => !elements.nextAction.found,
  stock: ({ rules }) => rules.has('stock-phrase-alone'),
  'not-stock': ({ rules }) => !rules.has('stock-phrase-alone'),
  invitation: ({ elements }) => elements.invitation.found,
  // A bare closing thanks is part of the sign-off, so a note of only that is empty.
  'thanks-closing': ({ rules }) => rules.has('stock-phrase-alone'),
};

function judge({ category, sentence }: Entry): boolean {
  const relationship = category === 'reason' || category === 'not-reason' ? 'stranger' : 'contact';
  const { findings, draft } = lint(`---\nrelationship: ${relationship}\n---\nHi Jo,\n\n${sentence}\n\n– Sam\n`);
  return JUDGED[category]!({ elements: summarizeElements(draft), rules: new Set(findings.map((f) => f.ruleId)) });
}

const results = bank.map((entry) => ({ entry, right: judge(entry) }));

describe('the sentence bank', () => {
  it('knows every category it holds', () => {
    expect(bank.filter((e) => !(e.category in JUDGED)).map((e) => e.category)).toEqual([]);
  });

  it.each(Object.keys(JUDGED))('%s: at least 93% judged as labelled', (category) => {
    const own = results.filter((r) => r.entry.category === category);
    expect(own.length).toBeGreaterThan(50);
    expect(own.filter((r) => r.right).length / own.length).toBeGreaterThanOrEqual(0.93);
  });

  it('the sentences judged wrong are the reviewed ones', async () => {
    const wrong = results.filter((r) => !r.right).map((r) => `${r.entry.category}\t${r.entry.sentence}`);
    await expect(`${wrong.join('\n')}\n`).toMatchFileSnapshot(join(root, 'test', 'snapshots', 'sentences.txt'));
  });
});
