// The document model every rule reads: the draft is parsed once, rules never re-parse.
import type { Root as MdastRoot } from 'mdast';
import type { Root as NlcstRoot, Sentence as NlcstSentence } from 'nlcst';
import type { Relationship } from '../types.js';
import type { Language } from './language.js';

/** A half-open range [start, end) of UTF-16 offsets into the original text. */
export interface Span {
  start: number;
  end: number;
}

/** A word as written, with its normalized form (lowercase, straight apostrophes, NFC). */
export interface Word extends Span {
  text: string;
  norm: string;
}

/** A matching unit: a word, or one half of an expanded contraction ("we've" -> we, have). */
export interface Token extends Span {
  norm: string;
  /** The word as written, for capitalisation checks (names). */
  raw: string;
}

export interface Sentence extends Span {
  node: NlcstSentence;
  /** Prose tokens of the sentence, greeting and sign-off words removed. */
  tokens: Token[];
  /** True when the sentence ends in a question mark (a question to the recipient). */
  question: boolean;
  /** Index of the sentence among the body's sentences, for stable ordering. */
  index: number;
}

export interface FrontmatterProblem extends Span {
  message: string;
}

export interface Frontmatter extends Span {
  /** Offsets of the YAML between the fences. */
  content: Span;
  data: Record<string, unknown>;
  to?: { value: string; span: Span };
  relationship?: { value: Exclude<Relationship, 'unknown'>; span: Span };
  limit?: { value: number; span: Span };
  /** The draft's language, a canonical BCP 47 tag ("en", "pt-BR"). */
  lang?: { value: string; span: Span };
  template?: { value: boolean; span: Span };
  problems: FrontmatterProblem[];
}

export interface Greeting extends Span {
  salutation: Span;
  /** Courtesy title before a surname ("Dr.", "Ms."), when present. */
  title?: Word;
  /** The name words after the salutation (and title), when the greeting names someone. */
  name: Word[];
  /** The name ends the greeting (punctuation, a line break or the end follows, not more words). */
  nameStandsAlone: boolean;
}

export interface RelationshipInfo {
  value: Relationship;
  source: 'frontmatter' | 'inferred' | 'default';
  /** Where the relationship was inferred from, and the id of the cue that decided it. */
  cue?: Span & { id: string };
}

export interface Draft {
  text: string;
  frontmatter?: Frontmatter;
  /** Everything after the frontmatter. */
  body: Span;
  /** The body with HTML comments cut out: the text LinkedIn would receive. */
  bodySegments: Span[];
  comments: Array<Span & { value: string }>;
  /** Unfilled template slots; their words are not prose. */
  slots: Span[];
  /** The Markdown tree; absent when the body was plain prose (parsed as text, see plain-prose.ts). */
  mdast?: MdastRoot;
  nlcst: NlcstRoot;
  /** Every prose sentence of the body in order (greeting and sign-off included). */
  allSentences: Sentence[];
  /** Sentences that still have prose once greeting and sign-off are set aside. */
  sentences: Sentence[];
  greeting?: Greeting;
  signOff?: Span;
  /** The draft's language (frontmatter `lang:`, else detected, else English), worked out when
   *  first read: only the English-only judgement rules and summaries need it. */
  readonly language: Language;
  /** A template holds merge fields ({FirstName}) to be filled per recipient: frontmatter
   *  `template: true`, or a `templates` glob in config (set by lint). */
  template: boolean;
  /** Per-draft memo for derived analyses (elements), so rules share work. */
  memo: Map<string, unknown>;
}

/** Computes a derived analysis once per draft (rules and the elements summary share it). */
export function memoized<T>(draft: Draft, key: string, compute: () => T): T {
  if (!draft.memo.has(key)) draft.memo.set(key, compute());
  return draft.memo.get(key) as T;
}
