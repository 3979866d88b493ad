import { describe, expect, it } from 'vitest';
import { configWith, findings, only, ruleIds, withSuggestion } from './test-utils.js';

const withContext = [
  'Hi Dan,\n\nGreat working with you on the bridge inspections last month. We should be connected here.\n\nLunch when you’re back?\n\n– Funmi',
  'Hi Eileen — you came up in my "people you might know" list, and sure enough… 🙂\n\nHow are things with you these days?\n\n– Scott',
  'Hi Scott,\n\nOur paths haven’t crossed recently, but I remember you from Ecademy. Let’s connect. Coffee next week?\n\n– Gordon',
  'Hi Paul!\n\nI have a friend in Seattle with a job opening — I’m hoping you might know someone it’s a fit for. Can I forward it to you?\n\n– Scott',
  'Hi Jo,\n\nThanks again for the Boat Show tickets — the whole family had a blast! Let’s connect. Drinks soon?',
  'Hello Anneke,\n\nYour article on circular procurement gave me plenty to think about. Could I send you our take-back clause?\n\nGroeten,\nWouter',
  'Hi Jason – just going through and adding some of my Austin friends. Any word on those videos from the conference?\n\n– Scott',
  'Hi Ravi,\n\nGreat call this morning about the warehouse rollout. Odd that we were never connected here! I’ll share the timeline before Monday.',
  'Hi Kirsten,\n\nYour tip about bundling the heat-pump grant with the insulation subsidy saved our client nearly 40,000 kroner. We should be connected. Beer on Friday?',
  'Hi Jo,\n\nYou rescued my presentation last week when the projector died – I owe you one! Drinks on me Friday?\n\n– Sam',
  'Hi Björn,\n\nGood to sail with you at the club regatta – sorry again about the tacking! Same crew for the autumn series?\n\n– Henrik',
  'Hello Scott,\n\nI’ll bring the Willie book Thursday evening and I’d also like to add you to my professional network on LinkedIn. Cool with you?\n\nAll the best,',
];

const withoutContext = [
  'Hey Lena,\n\nWe should really be connected on here! Coffee sometime next week?\n\nCheers,\nMo',
  'Heyyy Priyanka!!\n\nIt’s been such a long time 😄 Let’s connect here!\n\nWhat are you up to these days?\n\nxx Shreya',
  'Hi Farah,\n\nYou may not remember me, but I’d love to reconnect here. Are you still based in Leeds?\n\nBest,\nHarriet',
  'G’day Shane,\n\nJust a quick one – I’ve gone out on my own as a sparky. Reckon it’s time we were connected on here.\n\nHow’s the family going?\n\nCheers,\nMick',
  'Hi Kofi — let’s connect on here. It would be great to meet up sometime. Lunch next Friday? 🍲',
  'Hey Ravi!\n\nIt’s been ages! I opened my own bakery and we even got a write-up in the paper last month. Let’s connect!\n\nHow are things with you?',
  'Hi Jo,\n\nHappy new year! Let’s connect. What are you up to in 2027?',
];

describe('no-context', () => {
  it.each(withContext)('finds context in %j', (text) => {
    expect(findings(text, 'no-context')).toEqual([]);
  });

  it.each(withoutContext)('fires without context: %j', (text) => {
    expect(ruleIds(text)).toContain('no-context');
  });

  it('fires when the only context cue is silenced in config', () => {
    const text = 'Hi Jo,\n\nThanks again for the Boat Show tickets! Drinks soon?';
    expect(findings(text, 'no-context')).toEqual([]);
    const config = { ...configWith({}), lists: { ignoreCues: ['context.thanks'] } };
    expect(findings(text, 'no-context', config)).toHaveLength(1);
  });

  it('does not count a cue whose detail is an unfilled slot', () => {
    expect(ruleIds('Hi Ana, we met at [event]. Coffee next week?')).toEqual(['no-context', 'placeholder']);
    expect(ruleIds('Hi Ana, thanks for {favour}! Coffee next week?')).toEqual(['no-context', 'placeholder']);
    expect(ruleIds('Hi Ana, we met at the Leeds meetup. I sent {doc}. Coffee next week?')).toEqual(['placeholder']);
    expect(ruleIds('Hi Ana, we met at the ____ in Porto. Coffee next week?')).toEqual(['no-context', 'placeholder']);
  });

  it('keeps a cue whose slot only names the occasion, before its noun', () => {
    expect(ruleIds('Hi Ana, we met at the [name] conference in Porto. Coffee next week?')).toEqual(['placeholder']);
    expect(ruleIds('Hi Ana, congrats to your team on the TODO cup final last Sunday. Coffee next week?')).toEqual(['placeholder']);
  });

  it('covers the first prose sentence, after the greeting', () => {
    expect(findings(withoutContext[0], 'no-context')).toEqual(['no-context «We should really be connected on here!»']);
  });

  it('never fires for a stranger: stranger-no-reason speaks for them', () => {
    const text = '---\nrelationship: stranger\n---\nHi Jo,\n\nLet’s connect here. Coffee next week?\n';
    expect(ruleIds(text)).toEqual(['stranger-no-reason']);
  });

  it('suggests context fitted to the relationship, with a slot the placeholder rule then reports', () => {
    const acquaintance = '---\nrelationship: acquaintance\n---\nHi Jo,\n\nLet’s connect here. Coffee next week?\n';
    expect(only(acquaintance, 'no-context').suggestions?.map((s) => s.title)).toEqual(['Remind them where you met', 'Remind them how you know each other']);
    const output = withSuggestion(acquaintance, 'no-context', 0);
    expect(output).toContain('Hi Jo,\n\nWe met at [event or place] back in [when], when we [what you did together]. Let’s connect here.');
    // The slot stands for the context, which still counts as missing until it is filled.
    expect(ruleIds(output)).toEqual(['no-context', 'placeholder']);
    expect(ruleIds(output.replace('[event or place]', 'the Leeds meetup').replace('[when]', '2019').replace('[what you did together]', 'ran the raffle'))).toEqual([]);
    expect(only(withoutContext[0], 'no-context').suggestions?.[0].title).toBe('Recall your last interaction');
  });
});
