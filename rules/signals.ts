// The signal table: every cue of the catalogue evaluated once per draft, in one pass over
// each sentence's tokens. Relationship inference, the four judgement rules and the elements
// summary all read this table, so they cannot disagree, and each decision can name the cue
// that made it.
import { CATALOGUE, type CompiledCue, type CueElement } from './cues/catalogue.js';
import { OCCASIONS } from './cues/english.js';
import { nounFormsOf } from './cues/inflect.js';
import { memoized, type Draft, type RelationshipInfo, type Sentence, type Span } from './draft/model.js';
import { compilePatterns, eachPhrase, findPhrases, hasPhrase, USER_PATTERN_LIMITS, type Pattern } from './draft/phrase-match.js';
import type { ResolvedConfig } from './types.js';

export interface Signal extends Span {
  cue: Pick<CompiledCue, 'id' | 'kind' | 'label' | 'element' | 'relationship'>;
  sentence: Sentence;
}

export interface SignalTable {
  /** Signals in reading order: the first valid match of each cue in each sentence (every
   *  match for stock phrases, whose coverage matters). */
  signals: readonly Signal[];
  relationship: RelationshipInfo;
  /** Every prose token is part of a stock phrase (an empty body included). */
  stockOnly: boolean;
  of(element: CueElement): Signal[];
}

/** What a configuration changes about the signals: cues silenced by id, stock phrases added. */
export interface SignalOptions {
  ignoreCues: readonly string[];
  extraStockPhrases: readonly string[];
}

/** How many tokens before a match a notAfter word voids it. */
const LOOKBEHIND = 4;
/** How many tokens after a match a slot still fills it ("we met at [event]"). */
const SLOT_REACH = 2;

/** The elements an unfilled slot can stand in for ("we met at [event]"). */
const SLOTTED = new Set<CueElement>(['context', 'reason', 'next-action']);

const ALL_PATTERNS: Pattern[] = CATALOGUE.flatMap((cue) => cue.patterns);
const OWNER = new Map<Pattern, number>(CATALOGUE.flatMap((cue, index) => cue.patterns.map((p) => [p, index] as const)));
const QUESTION_CUES = CATALOGUE.filter((cue) => cue.question);

/** The configured stock phrases as one more cue (compiled once per phrase list). */
const configuredStock = new Map<string, CompiledCue>();
function stockCue(phrases: readonly string[]): CompiledCue | undefined {
  const sources = phrases.filter((p) => p.trim() !== '');
  if (sources.length === 0) return undefined;
  const key = sources.join('\n');
  let cue = configuredStock.get(key);
  if (!cue) {
    cue = {
      id: 'stock.configured', element: 'stock', kind: 'stock phrase', label: 'a stock phrase from your config',
      patterns: compilePatterns(sources, { inflect: true, limits: USER_PATTERN_LIMITS }), unless: [], notAfter: new Set(), match: [], noMatch: [],
    };
    configuredStock.set(key, cue);
  }
  return cue;
}

export function signalOptions(config: ResolvedConfig | undefined): SignalOptions {
  return {
    ignoreCues: config?.lists?.ignoreCues ?? [],
    extraStockPhrases: (config?.rules['stock-phrase-alone']?.options.extraPhrases as string[] | undefined) ?? [],
  };
}

const OCCASION_FORMS = new Set(OCCASIONS.flatMap((word) => nounFormsOf(word)));

/** Whether a slot in or just after a match stands for the element it names; one that only
 *  names an occasion, right before the occasion's noun ("the [TODO] tournament"), does not. */
function slotFills(match: { start: number; to: number }, sentence: Sentence, slots: readonly Span[]): boolean {
  if (slots.length === 0) return false;
  const reach = sentence.tokens[match.to + SLOT_REACH]?.start ?? sentence.end;
  const namesOccasion = (slot: Span) => {
    const next = sentence.tokens.find((token) => token.start >= slot.end);
    return next !== undefined && OCCASION_FORMS.has(next.norm);
  };
  return slots.some((slot) => slot.start >= match.start && slot.start <= reach && !namesOccasion(slot));
}

/** The signals of one cue in one sentence, given the token ranges its patterns matched. */
function cueSignals(cue: CompiledCue, sentence: Sentence, ranges: ReadonlyArray<[number, number]>, slots: readonly Span[], out: Signal[]): void {
  const { tokens } = sentence;
  if (cue.unless.length > 0 && hasPhrase(tokens, cue.unless)) return;
  for (const [from, to] of ranges) {
    const after = tokens.slice(Math.max(0, from - LOOKBEHIND), from).some((t) => cue.notAfter.has(t.norm));
    if (after) continue;
    // A slot right after a cue stands for the element it names, which is then missing.
    if (SLOTTED.has(cue.element) && slotFills({ start: tokens[from].start, to }, sentence, slots)) continue;
    out.push({ cue, sentence, start: tokens[from].start, end: tokens[to - 1].end });
    if (cue.element !== 'stock') return;
  }
}

function evaluate(draft: Draft, options: SignalOptions): Signal[] {
  const ignored = new Set(options.ignoreCues);
  const extra = stockCue(options.extraStockPhrases);
  const signals: Signal[] = [];
  const matched = new Map<number, Array<[number, number]>>();
  for (const sentence of draft.sentences) {
    matched.clear();
    eachPhrase(sentence.tokens, ALL_PATTERNS, (pattern, from, to) => {
      const index = OWNER.get(pattern)!;
      const list = matched.get(index);
      if (list) list.push([from, to]);
      else matched.set(index, [[from, to]]);
    });
    const here: Signal[] = [];
    for (const index of [...matched.keys()].sort((a, b) => a - b)) {
      const cue = CATALOGUE[index];
      if (!ignored.has(cue.id)) cueSignals(cue, sentence, matched.get(index)!.sort((a, b) => a[0] - b[0]), draft.slots, here);
    }
    if (extra && !ignored.has(extra.id)) {
      cueSignals(extra, sentence, findPhrases(sentence.tokens, extra.patterns).map((m) => [m.from, m.to]), draft.slots, here);
    }
    // A question to the recipient is a next action when nothing else in the sentence is one.
    if (sentence.question && !here.some((s) => s.cue.element === 'next-action')) {
      const cue = QUESTION_CUES.find((q) => !ignored.has(q.id) && !hasPhrase(sentence.tokens, q.unless));
      if (cue) here.push({ cue, sentence, start: sentence.tokens[0].start, end: sentence.end });
    }
    signals.push(...here.sort((a, b) => a.start - b.start || a.end - b.end));
  }
  return signals;
}

const PRECEDENCE: ReadonlyArray<Exclude<RelationshipInfo['value'], 'unknown'>> = ['stranger', 'acquaintance', 'contact'];

/** The frontmatter's relationship, else the first cue of the strongest kind (a stranger cue
 *  wins over an acquaintance cue over a contact cue), else unknown. */
function relationshipOf(draft: Draft, signals: readonly Signal[]): RelationshipInfo {
  const given = draft.frontmatter?.relationship;
  if (given) return { value: given.value, source: 'frontmatter' };
  for (const value of PRECEDENCE) {
    const signal = signals.find((s) => s.cue.relationship === value);
    if (signal) return { value, source: 'inferred', cue: { start: signal.start, end: signal.end, id: signal.cue.id } };
  }
  return { value: 'unknown', source: 'default' };
}

/** The draft's signal table under a configuration, computed once per draft and configuration. */
export function signalsOf(draft: Draft, options: SignalOptions = { ignoreCues: [], extraStockPhrases: [] }): SignalTable {
  const key = `signals\n${options.ignoreCues.join(' ')}\n${options.extraStockPhrases.join('\n')}`;
  return memoized(draft, key, () => {
    const signals = evaluate(draft, options);
    const byElement = new Map<CueElement, Signal[]>();
    for (const signal of signals) {
      const list = byElement.get(signal.cue.element);
      if (list) list.push(signal);
      else byElement.set(signal.cue.element, [signal]);
    }
    const stock = byElement.get('stock') ?? [];
    // An unfilled slot in the prose ("[how we met]") is content still to be written, not a stock phrase.
    // A slot for the name ("Hi {FirstName},") is part of the greeting, as one in the sign-off is of it.
    const within = (span: Span | undefined, slot: Span) => span !== undefined && span.start <= slot.start && slot.end <= span.end;
    const namesGreeting = (slot: Span) =>
      draft.greeting !== undefined && draft.greeting.name.length === 0 && slot.start >= draft.greeting.end && /^[ \t\p{P}]*$/u.test(draft.text.slice(draft.greeting.end, slot.start));
    const proseSlot = draft.slots.some((slot) => !within(draft.greeting, slot) && !namesGreeting(slot) && !within(draft.signOff, slot));
    const stockOnly = !proseSlot && draft.sentences.every((sentence) => sentence.tokens.every((token) => stock.some((s) => s.sentence === sentence && s.start <= token.start && token.end <= s.end)));
    return { signals, relationship: relationshipOf(draft, signals), stockOnly, of: (element) => byElement.get(element) ?? [] };
  });
}
