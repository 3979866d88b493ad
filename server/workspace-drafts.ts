// The workspace's drafts for the across rules: one compact print per draft (from the editor's
// text when it is open, from the file on disk otherwise), judged as a set. Converting across
// findings to diagnostics with related information is pure and tested; main.ts wires it.
import { basename, relative, sep } from 'node:path';
import { DiagnosticSeverity, type Diagnostic, type Range } from 'vscode-languageserver';
import { docsUrl, judgeAcross, printDraft, type AcrossFinding, type Draft, type DraftPrint, type ResolvedConfig } from '../rules/engine.js';
import { SOURCE, type DiagnosticData } from './diagnostics.js';
import { toRange, type PositionSource } from './positions.js';

export interface IndexedDraft {
  uri: string;
  /** How messages name the draft: its path in the workspace. */
  name: string;
  print: DraftPrint;
  /** The anchors as LSP positions: [line, character, endLine, endCharacter] each. */
  ranges: Int32Array;
}

/** The index entry of a parsed draft, or undefined when no across rule keeps anything of it. */
export function indexDraft(uri: string, name: string, draft: Draft, config: ResolvedConfig, document: PositionSource): IndexedDraft | undefined {
  const print = printDraft(draft, config);
  if (!print) return undefined;
  const ranges = new Int32Array(print.anchors.length * 2);
  for (let i = 0; i < print.anchors.length; i += 2) {
    const { start, end } = toRange(document, print.anchors[i], print.anchors[i + 1]);
    ranges.set([start.line, start.character, end.line, end.character], i * 2);
  }
  return { uri, name, print, ranges };
}

const SEVERITY = { error: DiagnosticSeverity.Error, warning: DiagnosticSeverity.Warning, info: DiagnosticSeverity.Information } as const;

const rangeOf = (entry: IndexedDraft, anchor: number): Range => {
  const r = entry.ranges;
  return { start: { line: r[4 * anchor], character: r[4 * anchor + 1] }, end: { line: r[4 * anchor + 2], character: r[4 * anchor + 3] } };
};

/** An across finding on `entries[index]` as a diagnostic, the other drafts as related information. */
export function acrossDiagnostic(finding: AcrossFinding, index: number, entries: readonly IndexedDraft[], version: number): Diagnostic {
  const data: DiagnosticData = { version, ruleId: finding.ruleId };
  return {
    range: rangeOf(entries[index], finding.anchor),
    severity: SEVERITY[finding.severity],
    source: SOURCE,
    code: finding.ruleId,
    codeDescription: { href: docsUrl(finding.ruleId) },
    message: finding.message,
    relatedInformation: finding.related.map((r) => ({ location: { uri: entries[r.draft].uri, range: rangeOf(entries[r.draft], r.anchor) }, message: `The same in ${entries[r.draft].name}` })),
    data,
  };
}

/** The index itself; `findings()` judges it again only after a change. */
export class WorkspaceDrafts {
  private readonly entries = new Map<string, IndexedDraft>();
  private judged?: { entries: IndexedDraft[]; byUri: Map<string, { index: number; findings: AcrossFinding[] }> };

  get size(): number {
    return this.entries.size;
  }

  set(uri: string, entry: IndexedDraft | undefined): void {
    if (entry) this.entries.set(uri, entry);
    else this.entries.delete(uri);
    this.judged = undefined;
  }

  delete(uri: string): void {
    if (this.entries.delete(uri)) this.judged = undefined;
  }

  clear(): void {
    this.entries.clear();
    this.judged = undefined;
  }

  /** The across diagnostics of one draft, at the version they are published for. */
  diagnosticsFor(uri: string, version: number): Diagnostic[] {
    const judged = this.judge();
    const mine = judged.byUri.get(uri);
    const diagnostics = mine ? mine.findings.map((f) => acrossDiagnostic(f, mine.index, judged.entries, version)) : [];
    this.sent.set(diagnostics, this.keyOf(uri));
    return diagnostics;
  }

  /** Whether the draft's across findings differ from those `published` was made from (cheap: no diagnostics are built). */
  changedFor(uri: string, published: Diagnostic[]): boolean {
    return this.sent.get(published) !== this.keyOf(uri);
  }

  /** What the draft's findings say, as one string: rules, places, messages and the other drafts' places. */
  private keyOf(uri: string): string {
    const judged = this.judge();
    const mine = judged.byUri.get(uri);
    if (!mine) return '';
    const place = (entry: IndexedDraft, anchor: number) => `${entry.uri}#${entry.ranges.subarray(4 * anchor, 4 * anchor + 4).join(',')}`;
    return mine.findings.map((f) => `${f.ruleId} ${place(judged.entries[mine.index], f.anchor)} ${f.message} ${f.related.map((r) => place(judged.entries[r.draft], r.anchor)).join(' ')}`).join('\n');
  }

  /** The key each published list of diagnostics was made from. */
  private readonly sent = new WeakMap<Diagnostic[], string>();

  private judge() {
    if (this.judged) return this.judged;
    const entries = [...this.entries.values()];
    const findings = judgeAcross(entries);
    const byUri = new Map<string, { index: number; findings: AcrossFinding[] }>();
    findings.forEach((list, index) => list.length && byUri.set(entries[index].uri, { index, findings: list }));
    this.judged = { entries, byUri };
    return this.judged;
  }
}

/** A draft's name in messages: its path relative to the workspace folder holding it. */
export function nameIn(folders: readonly string[], path: string): string {
  const folder = folders.filter((f) => path.startsWith(f.endsWith(sep) ? f : f + sep)).sort((a, b) => b.length - a.length)[0];
  return (folder ? relative(folder, path) : basename(path)).split(sep).join('/');
}
