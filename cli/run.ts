// Lints drafts one at a time and yields their results: the text and the engine's parse tree
// are dropped after each file, so a run over 10,000 drafts holds only findings. All linting
// and fixing is the engine's (lint, fixAll); this module does the I/O around it.
import { fixAll, lint, summarizeElements, type Elements, type Finding, type SuppressedFinding } from '../rules/engine.js';
import type { ConfigResolver } from '../workspace/config-files.js';
import { isTemplatePath } from '../workspace/templates.js';
import { acrossPrint } from './across.js';
import { CliError } from './errors.js';
import { readDraft } from './read-draft.js';
import { toElementsJson, toMessages, toSuppressedMessages, type FileResult } from './results.js';
import { removeLeftovers, writeFileAtomic } from './write-fix.js';

export type Mode = 'lint' | 'fix' | 'fix-dry-run';

export interface RunOptions {
  mode: Mode;
  /** Compute the three-elements summary (only the json, summary and html formats print it). */
  elements: boolean;
  /** Keep each draft's print for the across rules (off for standard input: one draft). */
  across?: boolean;
  /** Keep the linted text (the html format shows it). */
  keepText?: boolean;
  resolver: ConfigResolver;
  /** How a path is shown in error messages. */
  display: (path: string) => string;
}

/** Lints (or fixes) one text; `configPath` is the path its config is looked up for. */
export function lintText(text: string, filePath: string, configPath: string, options: Pick<RunOptions, 'mode' | 'resolver' | 'elements' | 'across' | 'keepText'>, name = filePath): FileResult {
  const config = options.resolver.configFor(configPath);
  const template = isTemplatePath(config);
  let findings: Finding[];
  let suppressed: SuppressedFinding[];
  let output: string | undefined;
  let elements: Elements | undefined;
  let across: FileResult['across'];
  try {
      const result = options.mode === 'lint' ? { ...lint(text, { config, template }), output: text } : fixAll(text, { config, template });
      findings = result.findings;
      suppressed = result.suppressed;
      if (result.output !== text) output = result.output;
      if (options.elements) elements = summarizeElements(result.draft, config);
      if (options.across) across = acrossPrint(result.draft, config);
  } catch (error) {
    // A crash in a rule is a bug, but the user needs to know which draft triggers it.
    throw new CliError(`${name}: internal error while linting: ${error instanceof Error ? error.message : String(error)}`);
  }
  // Findings after fixing are positions in the fixed text.
  return {
    filePath,
    messages: toMessages(findings, output ?? text),
    ...(suppressed.length ? { suppressedMessages: toSuppressedMessages(suppressed, output ?? text) } : {}),
    ...(output !== undefined ? { output } : {}),
    ...(elements ? { elements: toElementsJson(elements, output ?? text) } : {}),
    ...(across ? { across } : {}),
    ...(options.keepText ? { text: output ?? text } : {}),
  };
}

export function* lintFiles(paths: Iterable<string>, options: RunOptions): Generator<FileResult> {
  // Written so far: a run stopped by a bad file still says which files it changed.
  const fixed: string[] = [];
  for (const path of paths) {
    const name = options.display(path);
    let result: FileResult;
    try {
      if (options.mode === 'fix') removeLeftovers(path);
      const draft = readDraft(path, name);
      result = lintText(draft.text, path, path, options, name);
      // Only a changed text is written, so an untouched file keeps its mtime.
      if (options.mode === 'fix' && result.output !== undefined) {
        writeFileAtomic(path, result.output, name, draft.stamp);
        fixed.push(name);
      }
    } catch (error) {
      if (!(error instanceof CliError) || fixed.length === 0) throw error;
      throw new CliError(`${error.message}; stopped after fixing ${fixed.length} file${fixed.length === 1 ? '' : 's'}: ${fixed.join(', ')}`);
    }
    yield result;
  }
}
