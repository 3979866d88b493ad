// Hover over a diagnostic: why the rule matters (its rationale in the seed's terms), a better
// example and the docs link, as Markdown. Pure.
import { MarkupKind, type Diagnostic, type Hover, type Position } from 'vscode-languageserver';
import { docsUrl, ruleById, type RuleMeta } from '../rules/engine.js';
import { SOURCE } from './diagnostics.js';
import { rangeContains } from './positions.js';

/** A fenced block that survives backticks inside the example. */
function fenced(text: string, language: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${text}\n${fence}`;
}

export function ruleHoverMarkdown(meta: Pick<RuleMeta, 'id' | 'rationale' | 'example'>, message?: string): string {
  const parts = [`**invitelint: ${meta.id}**`];
  if (message) parts.push(message);
  parts.push(meta.rationale);
  parts.push(`A better example:\n\n${fenced(meta.example.good, 'markdown')}`);
  parts.push(`[Documentation for ${meta.id}](${docsUrl(meta.id)})`);
  return parts.join('\n\n');
}

/** Hover for the invitelint diagnostics under `position`, or null when there are none. */
export function hoverAt(diagnostics: readonly Diagnostic[], position: Position, lookup: (id: string) => RuleMeta | undefined = (id) => ruleById.get(id)?.meta): Hover | null {
  const sections: string[] = [];
  let range: Hover['range'];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== SOURCE || typeof diagnostic.code !== 'string' || !rangeContains(diagnostic.range, position)) continue;
    const meta = lookup(diagnostic.code);
    if (!meta) continue;
    sections.push(ruleHoverMarkdown(meta, diagnostic.message));
    range ??= diagnostic.range;
  }
  if (sections.length === 0) return null;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range };
}
