// One self-contained HTML page for a reviewer (a CI artifact): counts per rule and per
// relationship, then each draft with its sentences marked by element, its findings with their
// docs links, and its length as a bar. No scripts, no external assets, a CSP that forbids
// fetching anything; the marks are the JSON `elements` ranges, converted back to offsets.
import { location } from 'vfile-location';
import { elementsCells } from '../../rules/engine.js';
import { displayPath } from '../errors.js';
import { countsOf, type ElementsJson, type FileResult, type FormatContext, type LocatedRange } from '../results.js';

/** The three elements, in the order the legend and the marks use. */
const ELEMENTS = [
  { key: 'context', label: 'context (for strangers: the reason)' },
  { key: 'invitation', label: 'invitation in your own words' },
  { key: 'nextAction', label: 'next action' },
] as const;
type ElementKey = (typeof ELEMENTS)[number]['key'];

const STYLE = `
:root { color-scheme: light; --context: #cfe3ff; --context-line: #2f6fd6; --invitation: #d4f5dc; --invitation-line: #2b8a46; --nextAction: #ffe2c2; --nextAction-line: #c46a12; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; margin: 0; background: #f6f7f9; color: #1d232b; }
header, main, section.summary { max-width: 62rem; margin: 0 auto; padding: 0 1.25rem; }
header { padding-top: 1.25rem; }
h1 { font-size: 1.5rem; margin: 0 0 .25rem; }
h2 { font-size: 1rem; margin: 0; word-break: break-all; }
p.lead { margin: 0 0 1rem; color: #4a5563; }
section.summary { display: flex; flex-wrap: wrap; gap: 1rem; align-items: flex-start; }
table { border-collapse: collapse; background: #fff; border: 1px solid #dde1e7; }
th, td { padding: .3rem .7rem; text-align: left; border-bottom: 1px solid #eceef2; }
td.n { text-align: right; font-variant-numeric: tabular-nums; }
.legend { background: #fff; border: 1px solid #dde1e7; padding: .5rem .8rem; }
.legend ul { list-style: none; margin: .25rem 0 0; padding: 0; }
.legend li { margin: .2rem 0; }
article { background: #fff; border: 1px solid #dde1e7; border-radius: 6px; margin: 1rem 0; padding: .9rem 1rem; }
article.errors { border-left: 5px solid #c62828; }
article.warnings { border-left: 5px solid #d49b00; }
article.clean { border-left: 5px solid #2b8a46; }
.facts { color: #4a5563; margin: .25rem 0 .5rem; display: flex; flex-wrap: wrap; gap: .4rem 1rem; align-items: center; }
pre { white-space: pre-wrap; word-break: break-word; font: 14px/1.7 ui-monospace, "SFMono-Regular", Menlo, monospace; background: #fbfbfc; border: 1px solid #eceef2; padding: .6rem .8rem; margin: .5rem 0; }
mark { color: inherit; padding: 0 0 2px; border-bottom: 3px solid; }
mark:has(mark) { padding-bottom: 7px; } /* a sentence that is two elements: both lines show */
mark.el-context { background: var(--context); border-color: var(--context-line); }
mark.el-invitation { background: var(--invitation); border-color: var(--invitation-line); }
mark.el-nextAction { background: var(--nextAction); border-color: var(--nextAction-line); }
a.ref { font: bold 11px/1 system-ui, sans-serif; vertical-align: super; text-decoration: none; color: #fff; background: #6b7280; border-radius: 8px; padding: 1px 5px; margin: 0 1px; }
a.ref.error { background: #c62828; } a.ref.warning { background: #b07d00; } a.ref.info { background: #2f6fd6; }
ol.findings { margin: .25rem 0 0; padding-left: 1.6rem; }
ol.findings li { margin: .2rem 0; }
.sev { font-weight: 600; text-transform: uppercase; font-size: 11px; letter-spacing: .04em; }
.sev.error { color: #c62828; } .sev.warning { color: #946a00; } .sev.info { color: #2f6fd6; }
.related { color: #4a5563; }
svg.bar .track { fill: #e5e7eb; } svg.bar .fill { fill: #2b8a46; } svg.bar.over .fill { fill: #c62828; }
.clean-note { color: #2b8a46; margin: .25rem 0 0; }
`;

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** A sentence marked as one or more elements; sentences never overlap, so marks nest cleanly. */
interface Mark {
  start: number;
  end: number;
  range: LocatedRange;
  elements: Array<{ key: ElementKey; kind: string }>;
}

function marksOf(elements: ElementsJson, toOffset: (line: number, column: number) => number | undefined): Mark[] {
  const bySentence = new Map<string, Mark>();
  for (const { key } of ELEMENTS) {
    for (const match of elements[key].matches) {
      const { sentence } = match;
      const start = toOffset(sentence.line, sentence.column);
      const end = toOffset(sentence.endLine, sentence.endColumn);
      if (start === undefined || end === undefined || end <= start) continue;
      const id = `${start}:${end}`;
      let mark = bySentence.get(id);
      if (!mark) bySentence.set(id, (mark = { start, end, range: sentence, elements: [] }));
      if (!mark.elements.some((e) => e.key === key)) mark.elements.push({ key, kind: match.kind });
    }
  }
  return [...bySentence.values()].sort((a, b) => a.start - b.start);
}

/** The draft's text with its element marks and a numbered reference at each finding. */
function markedText(text: string, elements: ElementsJson | undefined, refs: Array<{ line: number; column: number; id: string; n: number; severity: string; title: string }>): string {
  const bom = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const source = text.slice(bom);
  const index = location(source);
  const toOffset = (line: number, column: number) => index.toOffset({ line, column });
  const marks = elements ? marksOf(elements, toOffset) : [];
  type Event = { at: number; order: number; html: string };
  const events: Event[] = [];
  for (const mark of marks) {
    // One <mark> per element of the sentence, nested: the same range, each with its colour.
    mark.elements.forEach(({ key, kind }, depth) => {
      const r = mark.range;
      events.push({ at: mark.start, order: 2 + depth, html: `<mark class="el-${key}" data-element="${key}" data-kind="${escapeHtml(kind)}" data-range="${r.line}:${r.column}-${r.endLine}:${r.endColumn}">` });
      events.push({ at: mark.end, order: -depth, html: '</mark>' });
    });
  }
  for (const ref of refs) {
    const at = toOffset(ref.line, ref.column);
    if (at !== undefined) events.push({ at, order: 1, html: `<a class="ref ${ref.severity}" href="#${ref.id}" title="${escapeHtml(ref.title)}">${ref.n}</a>` });
  }
  events.sort((a, b) => a.at - b.at || a.order - b.order);
  let out = '';
  let cursor = 0;
  for (const event of events) {
    out += escapeHtml(source.slice(cursor, event.at)) + event.html;
    cursor = event.at;
  }
  return out + escapeHtml(source.slice(cursor));
}

function lengthBar(length: { count: number; limit: number }): string {
  const over = length.count > length.limit;
  const filled = Math.round((Math.min(length.count, length.limit) / length.limit) * 100);
  return `<span><svg class="bar${over ? ' over' : ''}" width="120" height="10" viewBox="0 0 100 10" role="img" aria-label="${length.count} of ${length.limit} characters"><rect class="track" width="100" height="10" rx="3"/><rect class="fill" width="${filled}" height="10" rx="3"/></svg> ${length.count}/${length.limit}${over ? ` (${length.count - length.limit} over)` : ''}</span>`;
}

export function html(results: readonly FileResult[], context: FormatContext): string {
  const docs = new Map(context.rules.map((rule) => [rule.id, rule.docsUrl]));
  const nameOf = (filePath: string) => displayPath(filePath, context.cwd);
  const cardOf = new Map(results.map((result, i) => [result.filePath, `draft-${i + 1}`]));

  const perRule = new Map<string, { drafts: number; findings: number }>();
  const perRelationship = new Map<string, number>();
  const byStatus = { clean: 0, warnings: 0, errors: 0 };
  const cards: string[] = [];

  results.forEach((result, i) => {
    const counts = countsOf(result.messages);
    const status = counts.errors ? 'errors' : counts.warnings + counts.infos ? 'warnings' : 'clean';
    byStatus[status]++;
    for (const id of new Set(result.messages.map((m) => m.ruleId))) {
      const entry = perRule.get(id) ?? { drafts: 0, findings: 0 };
      entry.drafts++;
      perRule.set(id, entry);
    }
    for (const m of result.messages) perRule.get(m.ruleId)!.findings++;
    const relationship = result.elements?.relationship.value;
    if (relationship) perRelationship.set(relationship, (perRelationship.get(relationship) ?? 0) + 1);

    const card = `draft-${i + 1}`;
    const refs = result.messages.map((m, k) => ({ line: m.line, column: m.column, id: `${card}-f${k + 1}`, n: k + 1, severity: m.severity, title: `${m.ruleId}: ${m.message}` }));
    const findings = result.messages.map((m, k) => {
      const related = m.relatedLocations?.length
        ? ` <span class="related">See ${m.relatedLocations.map((r) => `<a href="#${cardOf.get(r.filePath) ?? ''}">${escapeHtml(nameOf(r.filePath))}:${r.line}:${r.column}</a>`).join(', ')}.</span>`
        : '';
      const link = docs.get(m.ruleId);
      const rule = link ? `<a href="${escapeHtml(link)}">${escapeHtml(m.ruleId)}</a>` : escapeHtml(m.ruleId);
      return `<li id="${card}-f${k + 1}" data-rule="${escapeHtml(m.ruleId)}"><span class="sev ${m.severity}">${m.severity}</span> ${m.line}:${m.column} ${escapeHtml(m.message)} (${rule})${related}</li>`;
    });
    const facts = result.elements ? elementsCells(result.elements).slice(0, 4).map((cell) => `<span>${escapeHtml(cell)}</span>`).join('') + lengthBar(result.elements.length) : '';
    cards.push(
      `<article id="${card}" class="${status}" data-file="${escapeHtml(nameOf(result.filePath))}">` +
        `<h2>${escapeHtml(nameOf(result.filePath))}</h2>` +
        (facts ? `<div class="facts">${facts}</div>` : '') +
        (result.text !== undefined ? `<pre>${markedText(result.text, result.elements, refs)}</pre>` : '') +
        (findings.length ? `<ol class="findings">${findings.join('')}</ol>` : '<p class="clean-note">No problems found.</p>') +
        '</article>',
    );
  });

  const ruleRows = [...perRule]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([id, n]) => `<tr><td>${docs.has(id) ? `<a href="${escapeHtml(docs.get(id)!)}">${escapeHtml(id)}</a>` : escapeHtml(id)}</td><td class="n">${n.drafts}</td><td class="n">${n.findings}</td></tr>`);
  const relationshipRows = ['contact', 'acquaintance', 'stranger', 'unknown'].filter((r) => perRelationship.has(r)).map((r) => `<tr><td>${r}</td><td class="n">${perRelationship.get(r)}</td></tr>`);
  const legend = ELEMENTS.map(({ key, label }) => `<li><mark class="el-${key}">${label}</mark></li>`).join('');

  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>invitelint report: ${plural(results.length, 'draft')}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>invitelint report</h1>
<p class="lead">${plural(results.length, 'draft')}: ${byStatus.clean} clean, ${byStatus.warnings} with warnings, ${byStatus.errors} with errors. invitelint ${escapeHtml(context.version)}.</p>
</header>
<section class="summary">
<table><caption>Drafts per rule</caption><thead><tr><th>rule</th><th>drafts</th><th>findings</th></tr></thead><tbody>${ruleRows.join('') || '<tr><td colspan="3">none</td></tr>'}</tbody></table>
<table><caption>Drafts per relationship</caption><thead><tr><th>relationship</th><th>drafts</th></tr></thead><tbody>${relationshipRows.join('') || '<tr><td colspan="2">none</td></tr>'}</tbody></table>
<div class="legend"><strong>Sentences taken as</strong><ul>${legend}</ul></div>
</section>
<main>
${cards.join('\n')}
</main>
</body>
</html>
`;
}
