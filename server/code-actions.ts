// Diagnostics -> code actions. Pure: the fixes come from each diagnostic's `data`, the
// fix-all text from the engine's fixAll (handed in), positions from positions.ts.
import { CodeActionKind, TextDocumentEdit, type CodeAction, type Diagnostic, type TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Fix } from '../rules/engine.js';
import { readDiagnosticData, type DiagnosticData, type DiagnosticSourceDocument } from './diagnostics.js';
import { toTextEdit } from './positions.js';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.invitelint`;
export const FIX_ALL_TITLE = 'Fix all auto-fixable invitelint problems';
export const COMMANDS = {
  fixAll: 'invitelint.fixAll',
  showDocs: 'invitelint.showDocs',
  showElements: 'invitelint.showElements',
  lintWorkspace: 'invitelint.lintWorkspace',
  noteText: 'invitelint.noteText',
} as const;

export interface ActionDocument extends DiagnosticSourceDocument {
  uri: string;
}

export interface CodeActionRequest {
  document: ActionDocument;
  /** `context.diagnostics` as the client sent them. */
  diagnostics: readonly unknown[];
  /** `context.only`: the kinds the client asks for; quick fixes when absent. */
  only?: readonly string[];
  /** The client accepts versioned `documentChanges`. */
  documentChanges: boolean;
  /** The document's text after the engine's fixAll (called only when needed). */
  fixAll: () => string;
  /** Offset where a file-wide disable comment goes: after the frontmatter, else 0 (called only when needed). */
  disableAt: () => number;
}

/** One edit turning `before` into `after`: the changed middle, never splitting a surrogate pair or a CRLF. */
export function minimalEdit(before: string, after: string): Fix | undefined {
  if (before === after) return undefined;
  const limit = Math.min(before.length, after.length);
  let prefix = 0;
  while (prefix < limit && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  const splits = (text: string, at: number) => {
    const prev = text.charCodeAt(at - 1);
    const next = text.charCodeAt(at);
    return (prev >= 0xd800 && prev <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) || (prev === 13 && next === 10);
  };
  while (prefix > 0 && (splits(before, prefix) || splits(after, prefix))) prefix--;
  while (suffix > 0 && (splits(before, before.length - suffix) || splits(after, after.length - suffix))) suffix--;
  return { start: prefix, end: before.length - suffix, text: after.slice(prefix, after.length - suffix) };
}

/** Edits to one document, versioned when the client supports it, so a stale edit is refused. */
export function workspaceEdit(document: ActionDocument, edits: TextEdit[], documentChanges: boolean): WorkspaceEdit {
  return documentChanges
    ? { documentChanges: [TextDocumentEdit.create({ uri: document.uri, version: document.version }, edits)] }
    : { changes: { [document.uri]: edits } };
}

/** The fix-all result as one minimal edit, or undefined when there is nothing to fix. */
export function fixAllEdit(document: ActionDocument, fixed: string, documentChanges: boolean): WorkspaceEdit | undefined {
  const edit = minimalEdit(document.getText(), fixed);
  return edit && workspaceEdit(document, [toTextEdit(document, edit)], documentChanges);
}

/** Inserts `<!-- invitelint-disable RULE -->` on a line of its own at `at`. */
export function disableCommentFix(text: string, at: number, ruleId: string): Fix {
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const before = at > 0 && text[at - 1] !== '\n' ? eol : '';
  return { start: at, end: at, text: `${before}<!-- invitelint-disable ${ruleId} -->${eol}` };
}

const wants = (only: readonly string[] | undefined, kind: string) =>
  only === undefined ? kind === CodeActionKind.QuickFix : only.some((k) => kind === k || kind.startsWith(`${k}.`));

export function codeActions(request: CodeActionRequest): CodeAction[] {
  const { document, only, documentChanges } = request;
  const ours: Array<{ diagnostic: Diagnostic; data: DiagnosticData }> = [];
  let stale = false;
  for (const diagnostic of request.diagnostics) {
    const data = readDiagnosticData(diagnostic);
    if (!data) continue;
    // Computed for another version of the text: its ranges may point anywhere now.
    if (data.version !== document.version) stale = true;
    ours.push({ diagnostic: diagnostic as Diagnostic, data });
  }

  const actions: CodeAction[] = [];
  let fixed: string | undefined;
  const fixAll = () => (fixed ??= request.fixAll());

  // Quick fixes come from the diagnostics, so none for stale ones; fix-all (what fix-on-save
  // asks for) is computed from the text as it is now, whatever the request carries.
  if (!stale && wants(only, CodeActionKind.QuickFix)) {
    const quickfix = (title: string, diagnostic: Diagnostic, edit: TextEdit, isPreferred: boolean): CodeAction => ({
      title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred,
      edit: workspaceEdit(document, [edit], documentChanges),
    });
    for (const { diagnostic, data } of ours) {
      if (data.fix) actions.push(quickfix(data.fix.title, diagnostic, data.fix.edit, true));
      for (const suggestion of data.suggestions ?? []) actions.push(quickfix(suggestion.title, diagnostic, suggestion.edit, false));
    }
    if (ours.length > 0) {
      const edit = fixAllEdit(document, fixAll(), documentChanges);
      if (edit) actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit });
    }
    const ruleIds = [...new Set(ours.map(({ data }) => data.ruleId))];
    for (const ruleId of ruleIds) {
      // Right after the frontmatter, the comment opens the body and so covers the whole file.
      const at = request.disableAt();
      const diagnostics = ours.filter(({ data }) => data.ruleId === ruleId).map(({ diagnostic }) => diagnostic);
      const edit = toTextEdit(document, disableCommentFix(document.getText(), at, ruleId));
      actions.push({ title: `Disable ${ruleId} for this file`, kind: CodeActionKind.QuickFix, diagnostics, edit: workspaceEdit(document, [edit], documentChanges) });
    }
    for (const ruleId of ruleIds) {
      const title = `Show documentation for ${ruleId}`;
      actions.push({ title, kind: CodeActionKind.QuickFix, command: { title, command: COMMANDS.showDocs, arguments: [ruleId] } });
    }
  }

  if (wants(only, FIX_ALL_KIND)) {
    const edit = fixAllEdit(document, fixAll(), documentChanges);
    if (edit) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit });
  }
  return actions;
}
