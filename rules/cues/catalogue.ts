// The cue catalogue: every cue the judgement rules read, as data with a stable id, the
// element it signals, its patterns, its vetoes and example sentences that run as tests
// (rules/cues/catalogue.test.ts). Compiled once per process by a strict compiler: a pattern
// it does not understand, an id out of place, a pattern listed twice anywhere in the
// catalogue or a cue without examples is an error at load, naming the cue.
import { compilePattern, PatternError, type Pattern } from '../draft/phrase-match.js';
import type { Relationship } from '../types.js';
import { CONTEXT_CUES } from './context.cues.js';
import { INVITATION_CUES, STOCK_CUES } from './invitation.cues.js';
import { NEXT_ACTION_CUES } from './next-action.cues.js';
import { REASON_CUES } from './reason.cues.js';
import { RELATIONSHIP_CUES } from './relationship.cues.js';

/** What a cue is evidence of. Its id starts with the element: `context.shared-past`. */
export type CueElement = 'relationship' | 'context' | 'reason' | 'invitation' | 'next-action' | 'stock';

export const ELEMENTS: readonly CueElement[] = ['relationship', 'context', 'reason', 'invitation', 'next-action', 'stock'];

export interface Cue {
  /** `<element>.<name>`, stable: shown to writers, silenced by id in config. */
  id: string;
  /** The category reported in the elements summary ("recalled interaction", "name-drop"). */
  kind: string;
  /** What the cue recognises, in a few words a writer understands ("a shared past"). */
  label: string;
  /** The relationship the cue signals: required for relationship cues, allowed on others
   *  ("great to see you yesterday" is context and says they are in touch). */
  relationship?: Exclude<Relationship, 'unknown'>;
  /** Patterns in the language of docs/cues.md; any one matching is the cue. */
  patterns: readonly string[];
  /** A structural test instead of (or besides) patterns: the sentence asks a question. */
  question?: boolean;
  /** Patterns that veto the cue for the whole sentence ("thanks for connecting"). */
  unless?: readonly string[];
  /** Words that void a match they closely precede ("it WOULD be great to meet"). */
  notAfter?: readonly string[];
  /** Sentences the cue must recognise, and near misses it must not. */
  match: readonly string[];
  noMatch: readonly string[];
}

export interface CompiledCue extends Omit<Cue, 'patterns' | 'unless' | 'notAfter'> {
  element: CueElement;
  patterns: Pattern[];
  unless: Pattern[];
  notAfter: Set<string>;
}

export class CatalogueError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.length === 1 ? problems[0] : `${problems.length} problems in the cue catalogue:\n${problems.join('\n')}`);
    this.name = 'CatalogueError';
  }
}

const ID = /^([a-z-]+)\.[a-z0-9]+(?:-[a-z0-9]+)*$/;
const WORD = /^[\p{L}\p{N}'-]+$/u;

/** Compiles a list of cues with every check, reporting every problem found at once;
 *  `seen` carries pattern sources across lists. */
export function compileCues(cues: readonly Cue[], seen = new Map<string, string>()): CompiledCue[] {
  const ids = new Set<string>();
  const problems: string[] = [];
  const problem = (cueId: string, text: string) => problems.push(`cue ${cueId}: ${text}`);
  const compiled: CompiledCue[] = [];
  for (const cue of cues) {
    const id = ID.exec(cue.id);
    const element = id?.[1] as CueElement | undefined;
    if (!id || !ELEMENTS.includes(element!)) problem(cue.id, `id must be <element>.<name> in lowercase, the element one of ${ELEMENTS.join(', ')}`);
    if (ids.has(cue.id)) problem(cue.id, 'id listed twice');
    ids.add(cue.id);
    if (element === 'relationship' && cue.relationship === undefined) problem(cue.id, 'a relationship cue names the relationship it signals');
    if (cue.patterns.length === 0 && !cue.question) problem(cue.id, 'no patterns');
    if (cue.match.length === 0 || cue.noMatch.length === 0) problem(cue.id, 'needs at least one match and one noMatch example');
    for (const word of cue.notAfter ?? []) if (!WORD.test(word)) problem(cue.id, `notAfter entry "${word}" is not a word`);
    const compile = (sources: readonly string[], role: string): Pattern[] =>
      sources.flatMap((source) => {
        const key = `${role}:${source.trim().replace(/\s+/g, ' ')}`;
        const owner = seen.get(key);
        if (owner !== undefined) problem(cue.id, `${role === 'pattern' ? 'pattern' : 'unless'} "${source}" is already listed${owner === cue.id ? ' in this cue' : ` in ${owner}`}`);
        seen.set(key, cue.id);
        try {
          return [compilePattern(source, { inflect: true })];
        } catch (error) {
          if (!(error instanceof PatternError)) throw error;
          problem(cue.id, error.message);
          return [];
        }
      });
    compiled.push({
      ...cue,
      element: element!,
      patterns: compile(cue.patterns, 'pattern'),
      unless: compile(cue.unless ?? [], `unless of ${cue.id}`),
      notAfter: new Set(cue.notAfter ?? []),
    });
  }
  if (problems.length > 0) throw new CatalogueError(problems);
  return compiled;
}

export const CUE_DATA: readonly Cue[] = [...RELATIONSHIP_CUES, ...CONTEXT_CUES, ...REASON_CUES, ...INVITATION_CUES, ...NEXT_ACTION_CUES, ...STOCK_CUES];

/** The whole catalogue, compiled once per process. */
export const CATALOGUE: readonly CompiledCue[] = compileCues(CUE_DATA);

export const cueById: ReadonlyMap<string, CompiledCue> = new Map(CATALOGUE.map((cue) => [cue.id, cue]));
