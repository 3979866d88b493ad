import { listNames, othersOf } from './across/names.js';
import { comparableWords, recipientNames } from './across/normalize.js';
import { groupSimilar, HASHES, writeSignature } from './across/similar.js';
import type { CueElement } from './cues/catalogue.js';
import { signalOptions, signalsOf } from './signals.js';
import type { Rule } from './types.js';

interface Options {
  minDrafts: number;
  minWords: number;
}

/** Per draft: one signature (HASHES values) and one anchor per sentence that counts. */
interface Kept {
  signatures: Uint16Array;
  anchors: Int32Array;
}

/** Everyone's words: stock phrases (with the configured extras) and the cues of the invitation
 *  and the next action ("we should be connected", "would you be open to a call"), from the
 *  same signal table the judgement rules read. */
const COMMON: ReadonlySet<CueElement> = new Set(['stock', 'invitation', 'next-action']);

/** Other copies a finding points at (related locations): the ones its message names. */
const MAX_RELATED = 3;

export const reusedText: Rule<Options> = {
  meta: {
    id: 'reused-text',
    description: 'A sentence is shared, word for word or nearly, by several drafts linted together.',
    defaultSeverity: 'warning',
    fixKind: 'none',
    core: false,
    defaultOptions: { minDrafts: 3, minWords: 8 },
    rationale:
      'The seed calls canned messages lame and asks for the invitation "in your own words": a sentence pasted into many notes is canned, and recipients at one company compare notes. Say it for this person.',
    example: {
      bad: 'Three drafts that all say: "I came across your profile and was impressed by your background in data engineering."',
      good: 'Hi Ana, your talk on lakehouse costs at DataConf Porto changed how we budget our pipelines.',
    },
  },
  across: {
    collect({ draft, options, config, anchor, disabledAt }) {
      if (draft.template) return undefined;
      const names = recipientNames(draft);
      const common = signalsOf(draft, signalOptions(config)).signals.filter((signal) => COMMON.has(signal.cue.element));
      const kept: Array<{ words: string[]; start: number; end: number }> = [];
      // Greeting and sign-off words are not in a sentence's tokens. Stock phrases and the
      // formulas of the invitation and the next action ("we should be connected", "would you
      // be open to a call") are everyone's words, and a short sentence ("Coffee next week?")
      // is shared by chance: a sentence counts only with minWords words besides those.
      for (const sentence of draft.sentences) {
        const { length } = sentence.tokens;
        if (length < options.minWords) continue;
        const here = common.filter((signal) => signal.sentence === sentence);
        const own = sentence.tokens.filter((token) => !here.some((signal) => signal.start <= token.start && token.end <= signal.end)).length;
        if (own < options.minWords) continue;
        const start = sentence.tokens[0].start;
        if (!disabledAt(start)) kept.push({ words: comparableWords(sentence.tokens, names), start, end: sentence.end });
      }
      if (kept.length === 0) return undefined;
      const signatures = new Uint16Array(kept.length * HASHES);
      kept.forEach((sentence, i) => writeSignature(sentence.words, signatures, i * HASHES));
      return { signatures, anchors: Int32Array.from(kept, (sentence) => anchor(sentence)) } satisfies Kept;
    },
    judge({ drafts, report }) {
      const owner: number[] = [];
      const anchorOf: number[] = [];
      drafts.forEach(({ data }, draft) => {
        for (const a of (data as Kept).anchors) {
          owner.push(draft);
          anchorOf.push(a);
        }
      });
      const signatures = new Uint16Array(owner.length * HASHES);
      let at = 0;
      for (const { data } of drafts) {
        signatures.set((data as Kept).signatures, at);
        at += (data as Kept).signatures.length;
      }
      const group = groupSimilar(signatures);
      const size = new Int32Array(owner.length);
      for (const g of group) size[g]++;
      const members = new Map<number, number[]>();
      group.forEach((g, i) => size[g] > 1 && (members.get(g) ?? members.set(g, []).get(g)!).push(i));

      for (const sentences of members.values()) {
        // One copy per draft stands for it among the others: the first in that draft.
        const firstIn = new Map<number, number>();
        for (const i of sentences) if (!firstIn.has(owner[i])) firstIn.set(owner[i], i);
        if (firstIn.size < 2) continue;
        const copies = [...firstIn];
        const n = copies.length - 1;
        const about = (others: Array<[number, number]>) => ({
          message: `This sentence is also in ${n} other draft${n === 1 ? '' : 's'} (${listNames(others.map(([d]) => drafts[d].name), n)}), word for word or nearly: recipients compare notes, so say it in your own words for this person.`,
          related: others.map(([d, j]) => ({ draft: d, anchor: anchorOf[j] })),
        });
        // Every draft past the first few names the same first few: one message and one list
        // for all of them, so a sentence in 2,000 drafts costs 2,000 findings, not 2,000 lists.
        const leaders = new Set(copies.slice(0, MAX_RELATED).map(([d]) => d));
        let shared: ReturnType<typeof about> | undefined;
        for (const i of sentences) {
          const draft = owner[i];
          if (copies.length < Math.max(2, drafts[draft].options.minDrafts)) continue;
          const text = leaders.has(draft) ? about(othersOf(copies, ([d]) => d === draft, MAX_RELATED)) : (shared ??= about(copies.slice(0, MAX_RELATED)));
          report(draft, { anchor: anchorOf[i], ...text });
        }
      }
    },
  },
};
