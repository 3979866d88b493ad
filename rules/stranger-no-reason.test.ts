import { describe, expect, it } from 'vitest';
import { findings, only, ruleIds, withSuggestion } from './test-utils.js';

const stranger = (body: string) => `---\nrelationship: stranger\n---\nHi Colm,\n\n${body}\n\nWould you be up for a quick chat?\n\n– Niamh\n`;

describe('stranger-no-reason', () => {
  it.each([
    ['a name-drop', 'Aoife Brennan from the Cork makerspace said you’re the person to talk to about letterpress.'],
    ['a name-drop (friend)', 'We have never met but Steve Latham is a friend of mine.'],
    ['appreciation of a talk', 'Your talk at the Accra Health Informatics Summit on offline-first records was superb.'],
    ['appreciation of tweets', 'From one Austin guy to another, I’m lovin’ your Tweets amigo!'],
    ['a reader tie', 'I’ve read every issue of your *Small Batch* newsletter since 2021.'],
    ['a listener tie', 'I’m a long-time listener of *Field Notes from the Vineyard*.'],
    ['a customer tie', 'We have bought our starter kits from your shop in Uppsala for three years.'],
    ['an attendee tie', 'I was in the audience for your keynote at DevOpsDays.'],
    ['hiring interest', 'I lead recruiting for the firmware team at Nordlys, and we have a senior role open.'],
    ['business interest', 'My company is looking for experts to outsource social media services to.'],
  ])('accepts %s', (_, body) => {
    expect(findings(stranger(body), 'stranger-no-reason')).toEqual([]);
  });

  it.each([
    ['only "came across your profile"', 'I came across your profile while browsing the supply-chain space.'],
    ['a shared group', 'We’re both members of the *Berlin Product Managers* group, so I thought I’d reach out.'],
    ['a shared school', 'I noticed we’re both Ashesi alumni – small world!'],
    ['a shared profession and city', 'I’m also a paediatric nurse in Greater Manchester.'],
    ['unnamed mutual connections', 'We have 14 mutual connections, so it seemed natural to connect.'],
    ['generic career praise', 'Your career journey from civil engineering to product is truly inspiring!'],
    ['the writer’s own job search', 'I’m looking for a new role in fintech and hoping to grow my network.'],
    ['experience praise', 'I was really impressed by your experience in commercial real estate.'],
  ])('fires on %s', (_, body) => {
    expect(ruleIds(stranger(body))).toEqual(['stranger-no-reason']);
  });

  it('applies to inferred strangers too', () => {
    expect(ruleIds('Hi Mitch,\n\nI found you through a LinkedIn search for structural engineers. Coffee one morning?\n\nCheers,\nBec')).toEqual(['stranger-no-reason']);
  });

  it('covers the first prose sentence', () => {
    expect(findings(stranger('We have never met. I work in Perth.'), 'stranger-no-reason')).toEqual(['stranger-no-reason «We have never met.»']);
  });

  it('suggests each kind of reason as a sentence to fill in', () => {
    const text = stranger('We have never met. I work in Perth.');
    expect(only(text, 'stranger-no-reason').suggestions?.map((s) => s.title)).toEqual([
      'Name-drop a mutual contact', 'Appreciate their specific work', 'Say how you know their work', 'Name the role or business interest',
    ]);
    const output = withSuggestion(text, 'stranger-no-reason', 1);
    expect(output).toContain('Hi Colm,\n\nI really enjoyed your [talk/article/book] on [topic]: [what it changed for you]. We have never met.');
    // The slots stand for the reason until they are filled; then the rule is satisfied.
    expect(ruleIds(output)).toEqual(['placeholder', 'stranger-no-reason']);
    const filled = output.replace('[talk/article/book]', 'talk').replace('[topic]', 'tidal energy').replace('[what it changed for you]', 'we rebuilt our model');
    expect(ruleIds(filled)).toEqual([]);
  });
});
