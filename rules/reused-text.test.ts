import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acrossFindings, acrossMessages, draftsSharing } from './across/test-helpers.js';
import { configWith, lint } from './test-utils.js';

const SHARED = 'I came across your profile and was really impressed by your background in data engineering.';

describe('reused-text', () => {
  it('reports a sentence shared by 3 of 5 drafts on each of the 3, naming the other two', () => {
    const drafts = { ...draftsSharing(3, SHARED), ...draftsSharing(2, 'Your talk on battery recycling at the Cork meetup changed how I think about suppliers.', 3) };
    drafts['d4.invite.md'] = drafts['d4.invite.md'].replace('battery recycling', 'rural broadband');
    // d3 and d4 share a sentence too, but only two drafts: below the default of 3.
    expect(acrossFindings(drafts, 'reused-text')).toEqual([
      `d0.invite.md reused-text «${SHARED}» → d1.invite.md, d2.invite.md`,
      `d1.invite.md reused-text «${SHARED}» → d0.invite.md, d2.invite.md`,
      `d2.invite.md reused-text «${SHARED}» → d0.invite.md, d1.invite.md`,
    ]);
  });

  it('does not report a sentence in 2 drafts by default, and does with minDrafts 2', () => {
    const drafts = draftsSharing(2, SHARED);
    expect(acrossFindings(drafts, 'reused-text')).toEqual([]);
    const config = configWith({ 'reused-text': ['warning', { minDrafts: 2 }] });
    expect(acrossFindings(drafts, 'reused-text', config)).toHaveLength(2);
  });

  it('names the others in the message, three by name and then a count, and points at those three', () => {
    const drafts = draftsSharing(6, SHARED);
    const [first] = acrossMessages(drafts, 'reused-text');
    expect(first).toBe(
      'This sentence is also in 5 other drafts (d1.invite.md, d2.invite.md, d3.invite.md and 2 more), word for word or nearly: recipients compare notes, so say it in your own words for this person.',
    );
    const found = acrossFindings(drafts, 'reused-text');
    expect(found[0]).toMatch(/→ d1\.invite\.md, d2\.invite\.md, d3\.invite\.md$/);
    expect(found[1]).toMatch(/→ d0\.invite\.md, d2\.invite\.md, d3\.invite\.md$/);
    expect(found[5]).toMatch(/^d5\.invite\.md .* → d0\.invite\.md, d1\.invite\.md, d2\.invite\.md$/);
  });

  it('finds near-copies: the recipient named in the sentence, another name or a date changed', () => {
    const recipient = draftsSharing(3, (i) => `${['Anna', 'Ben', 'Chiara'][i]}, I came across your profile and was really impressed by your background in data engineering.`);
    expect(acrossFindings(recipient, 'reused-text')).toHaveLength(3);
    const name = draftsSharing(3, (i) => `${['Maria Lopez', 'Kwame Mensah', 'Yuki Tanaka'][i]} suggested I reach out to you about the data platform role on our team in Lisbon.`);
    expect(acrossFindings(name, 'reused-text')).toHaveLength(3);
    const date = draftsSharing(3, (i) => `It was great meeting you at the product summit on ${['3 March', 'Tuesday', '12 April 2025'][i]} and hearing about your roadmap work.`);
    expect(acrossFindings(date, 'reused-text')).toHaveLength(3);
  });

  it('ignores case, spacing and punctuation', () => {
    const drafts = draftsSharing(3, (i) => [SHARED, SHARED.toUpperCase().replace(/\.$/, '!'), SHARED.replace(/ /g, '  ').replace('profile and', 'profile, and')][i]);
    expect(acrossFindings(drafts, 'reused-text')).toHaveLength(3);
  });

  it('does not count sentences that only share a frame, stock phrases, short sentences, greetings or sign-offs', () => {
    const frame = draftsSharing(3, (i) => ['We met at PyCon in Berlin last spring.', 'We met at the Data Council meetup in Lagos in 2023.', 'We met at a founders breakfast in Cork last week.'][i]);
    expect(acrossFindings(frame, 'reused-text')).toEqual([]);
    expect(acrossFindings(draftsSharing(4, "I'd like to add you to my professional network on LinkedIn."), 'reused-text')).toEqual([]);
    expect(acrossFindings(draftsSharing(4, 'Great to see you yesterday!'), 'reused-text')).toEqual([]);
    // Every draft of draftsSharing has the same greeting shape and sign-off; nothing else is shared.
    expect(acrossFindings(draftsSharing(4, ''), 'reused-text')).toEqual([]);
  });

  it('leaves template drafts out of the count', () => {
    const drafts = draftsSharing(3, SHARED);
    expect(acrossFindings(drafts, 'reused-text', undefined, ['d0.invite.md'])).toEqual([]);
    drafts['d1.invite.md'] = drafts['d1.invite.md'].replace('---\nto:', '---\ntemplate: true\nto:');
    expect(acrossFindings({ ...drafts, ...draftsSharing(1, SHARED, 3) }, 'reused-text', undefined, ['d0.invite.md'])).toEqual([]);
  });

  it('can be switched off for a sentence inline, and off or up in config', () => {
    const drafts = draftsSharing(4, SHARED);
    drafts['d0.invite.md'] = drafts['d0.invite.md'].replace(SHARED, `<!-- invitelint-disable-next-line reused-text -->\n${SHARED}`);
    const found = acrossFindings(drafts, 'reused-text');
    expect(found.map((f) => f.split(' ')[0])).toEqual(['d1.invite.md', 'd2.invite.md', 'd3.invite.md']);
    expect(acrossFindings(drafts, 'reused-text', configWith({ 'reused-text': 'off' }))).toEqual([]);
    expect(acrossFindings(drafts, 'reused-text', configWith({ 'reused-text': ['warning', { minDrafts: 4 }] }))).toEqual([]);
  });

  it('finds nothing in any of the seven corpora (410 drafts, each corpus written as one folder by one writer)', () => {
    const root = join(import.meta.dirname, '..', 'fixtures');
    const corpora = readdirSync(root).filter((d) => d === 'corpus' || d.startsWith('holdout'));
    let count = 0;
    for (const corpus of corpora) {
      const drafts: Record<string, string> = {};
      for (const file of readdirSync(join(root, corpus)).filter((f) => f.endsWith('.invite.md'))) drafts[file] = readFileSync(join(root, corpus, file), 'utf8');
      count += Object.keys(drafts).length;
      expect(acrossFindings(drafts, 'reused-text'), corpus).toEqual([]);
    }
    expect(count).toBeGreaterThanOrEqual(410);
  });

  it('is never reported by the per-draft engine', () => {
    expect(lint(`Hi Anna,\n\n${SHARED}\n`).findings.map((f) => f.ruleId)).not.toContain('reused-text');
  });
});
