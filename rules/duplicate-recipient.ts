import { listNames, othersOf } from './across/names.js';
import { recipientKey } from './across/normalize.js';
import type { Rule } from './types.js';

interface Kept {
  key: string;
  to: string;
  anchor: number;
}

/** Other drafts a finding points at; a recipient rarely has more than two. */
const MAX_RELATED = 5;

export const duplicateRecipient: Rule = {
  meta: {
    id: 'duplicate-recipient',
    description: 'Two or more drafts linted together are to the same `to:` recipient.',
    defaultSeverity: 'info',
    fixKind: 'none',
    core: false,
    rationale:
      'One person, one invitation: two notes to the same recipient mean one of them is stale or they get the request twice, and a second invitation after no reply reads as pressure. Keep the better draft.',
    example: {
      bad: 'hannah.invite.md and hannah-okafor.invite.md, both with "to: Hannah Okafor".',
      good: 'One draft with "to: Hannah Okafor"; the other deleted or merged into it.',
    },
  },
  across: {
    collect({ draft, anchor, disabledAt }) {
      const to = draft.frontmatter?.to;
      // A template is to nobody yet: its `to:` (if any) is filled per recipient.
      if (!to || draft.template || disabledAt(to.span.start)) return undefined;
      return { key: recipientKey(to.value), to: to.value, anchor: anchor(to.span) } satisfies Kept;
    },
    judge({ drafts, report }) {
      const byKey = new Map<string, number[]>();
      drafts.forEach(({ data }, draft) => {
        const { key } = data as Kept;
        (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(draft);
      });
      for (const same of byKey.values()) {
        if (same.length < 2) continue;
        for (const draft of same) {
          const others = othersOf(same, (d) => d === draft, MAX_RELATED);
          const n = same.length - 1;
          report(draft, {
            anchor: (drafts[draft].data as Kept).anchor,
            message: `${n} other draft${n === 1 ? ' is' : 's are'} also to ${(drafts[draft].data as Kept).to} (${listNames(others.map((d) => drafts[d].name), n)}): send one invitation per person.`,
            related: others.map((d) => ({ draft: d, anchor: (drafts[d].data as Kept).anchor })),
          });
        }
      }
    },
  },
};
