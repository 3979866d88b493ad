// The editor snippets (snippets/invite.snippets.json): inserted as they are, every element is an
// unfilled slot the linter flags; filled in, they are clean drafts of their scenario.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { elementsLine, lint, summarizeElements } from '../rules/engine.js';
import { ROOT } from './support/built-server.js';

interface Snippet {
  scope: string;
  prefix: string[];
  description: string;
  body: string[];
}

const snippets: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, 'snippets', 'invite.snippets.json'), 'utf8'));

/** The text VS Code inserts, with `fill` typed into the numbered tab stops (placeholders kept otherwise). */
function expand(snippet: Snippet, fill: Record<number, string> = {}): string {
  const text = snippet.body.join('\n');
  expect(text.replace(/\$\{\d+:[^}$]*\}|\$0/g, '')).not.toMatch(/\$/);
  return text.replace(/\$\{(\d+):([^}]*)\}/g, (_, n: string, placeholder: string) => fill[Number(n)] ?? placeholder).replace('$0', '');
}

const line = (text: string) => elementsLine(summarizeElements(lint(text).draft));

const FILLED: Record<string, [string, Record<number, string>]> = {
  'Invitation to an active contact': ['contact', { 1: 'Priya Raman', 2: 'Priya', 3: 'Thanks again for the intro to the data team at Acme last week.', 4: 'We should be connected here.', 5: 'Lunch on Friday?', 6: 'Sam' }],
  'Invitation to an acquaintance': ['acquaintance', { 1: 'Tomás Ortega', 2: 'Tomás', 3: 'We met at PyCon 2019 on the docs sprint.', 4: 'I’d love to reconnect here.', 5: 'Are you going this year?', 6: 'Jo' }],
  'Invitation to a stranger': ['stranger', { 1: 'Ewan Brodie', 2: 'Ewan', 3: 'Your talk on railway signalling at RailConf was the best I’ve seen.', 4: 'I’d like to connect.', 5: 'Could I ask you two questions by message?', 6: 'Hattie' }],
};

describe('snippets', () => {
  it('has one snippet per scenario, for Markdown, with distinct prefixes', () => {
    expect(Object.keys(snippets).sort()).toEqual(Object.keys(FILLED).sort());
    const prefixes = Object.values(snippets).flatMap((s) => s.prefix);
    expect(new Set(prefixes).size).toBe(prefixes.length);
    for (const snippet of Object.values(snippets)) expect(snippet.scope).toBe('markdown');
  });

  it.each(Object.entries(FILLED))('%s: unfilled slots are flagged; filled in, a clean draft', (name, [relationship, fill]) => {
    const snippet = snippets[name];
    const unfilled = expand(snippet);
    expect(lint(unfilled).findings.filter((f) => f.ruleId === 'placeholder').length).toBeGreaterThanOrEqual(5);
    expect(line(unfilled)).toMatch(new RegExp(`^${relationship} \\(given\\) · (context|reason) ✗ · invitation ✗ · next action ✗ · `));

    const filled = expand(snippet, fill);
    expect(lint(filled).findings.map((f) => f.ruleId)).toEqual([]);
    expect(line(filled)).toMatch(new RegExp(`^${relationship} \\(given\\) · (context|reason: \\S+) ✓ · invitation ✓ · next action ✓ · `));
  });
});
