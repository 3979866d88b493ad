// What the extension's commands write and say. Pure (no `vscode`), so it is unit-tested.

/** The server's answer to invitelint.noteText. */
export interface NoteText {
  text: string;
  length: number;
  limit: number;
  /** Ids of the rules still reporting errors in the draft. */
  errors: string[];
}

/** The server's answer to invitelint.lintWorkspace. */
export interface LintedWorkspace {
  drafts: number;
  problems: number;
  withProblems: number;
}

const plural = (n: number, word: string) => `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

export function copiedMessage(note: NoteText): string {
  const over = note.length - note.limit;
  const length = `${note.length}/${note.limit} characters${over > 0 ? `, ${over} over the limit` : ''}`;
  const errors = note.errors.length ? `; still has errors: ${note.errors.join(', ')}` : '';
  return `invitelint: copied the note for LinkedIn (${length})${errors}.`;
}

export function lintedMessage(result: LintedWorkspace): string {
  if (result.drafts === 0) return 'invitelint: no *.invite.md drafts in the workspace.';
  const problems = result.problems ? `${plural(result.problems, 'problem')} in ${plural(result.withProblems, 'draft')}` : 'no problems';
  return `invitelint: linted ${plural(result.drafts, 'draft')}: ${problems} (see Problems).`;
}

/** What "Create a config file" writes: valid as it is, with the schema's completion to fill it in. */
export const CONFIG_TEMPLATE = `{
  // invitelint's configuration. Rules by id: "off", "info", "warn", "error", or
  // [severity, options]. Ctrl+Space lists the rules and their options.
  "rules": {
    // "too-long": ["error", { "limit": 200 }], // a free account's limit
  },
  // Settings for some drafts only, by glob relative to this folder.
  "overrides": [
    // { "files": ["templates/**"], "rules": { "placeholder": "off" } }
  ],
  // Drafts not to lint at all.
  "ignores": []
}
`;
