// Cues that tell the relationship when the frontmatter does not (RULES.md, "Relationship").
// A stranger cue wins over an acquaintance cue over a contact cue (rules/signals.ts).
import type { Cue } from './catalogue.js';

export const RELATIONSHIP_CUES: Cue[] = [
  {
    id: 'relationship.never-met',
    kind: 'stranger',
    label: 'you have not met',
    relationship: 'stranger',
    patterns: [
      'we have not|never ... =met', 'we have yet to meet', 'do not think|believe we have ever? =met', 'not sure we have ever? =met', 'not =met before', '=never =met', 'have not had the pleasure',
      'you do|may|might not know me', 'you will not know me', 'you probably do not know me', 'we do not know each other',
      'we are strangers', 'i am reaching out cold', 'reach out out of the blue', 'allow|let me introduce myself',
    ],
    match: ["I don't think we've met, but we sit on the same panel.", "We haven't met, but Dana said you know everything about kilns.", "You don't know me, but I run the bakery two doors from your studio.", 'Let me introduce myself: I coordinate volunteers at the food bank.'],
    noMatch: ['We met at the kiln workshop last spring.', 'I know you from the food bank.'],
  },
  {
    id: 'relationship.found-you',
    kind: 'stranger',
    label: 'you found them, you did not meet them',
    relationship: 'stranger',
    patterns: [
      'i came|stumbled|happened across|upon your', 'i find|discover|notice|spot your profile|page|work|post', 'i find|discover you ... through|via|on|in|while',
      'come across your', 'stumble on|upon your', 'find you through|via|on', 'your profile come|pop up', 'i have been following your',
    ],
    match: ['I came across your profile while looking for hydrologists.', 'Found you through the Rust meetup speaker list.', "I've been following your posts about dairy co-ops."],
    noMatch: ['Your name came up when Priya and I were talking.', 'I found the notes from our meeting.'],
  },
  {
    id: 'relationship.fan',
    kind: 'stranger',
    label: 'you know their work, not them',
    relationship: 'stranger',
    patterns: [
      'i am a long-time|longtime|regular|big ... reader|listener|subscriber|fan|follower|customer|viewer',
      'i was in the audience',
    ],
    match: ["I'm a long-time listener of the show.", 'I was in the audience for your keynote in Leeds.'],
    noMatch: ['We were both in the choir.', 'My daughter is a fan of trains.'],
  },
  {
    id: 'relationship.long-time',
    kind: 'acquaintance',
    label: 'a long time has passed',
    relationship: 'acquaintance',
    patterns: ['been ... long time|while', 'been age|year|forever', 'long time no see|speak|talk', 'all those years', 'a few|several|many years ago', '@num years ago', 'years ago', 'back in the day', 'back in @num'],
    match: ["It's been ages!", 'Long time no see, Marta.', 'We sang in the same choir years ago.', 'Back in 2014 we shared a desk.'],
    noMatch: ['It has been a busy week.', "I've been in this job a year."],
  },
  {
    id: 'relationship.may-not-remember',
    kind: 'acquaintance',
    label: 'they may not remember you',
    relationship: 'acquaintance',
    patterns: [
      'you may|might|probably not remember me', 'you may|might remember me', 'do you remember me', 'not sure you remember', 'in case you do not remember',
      'our paths have not crossed', 'we lose touch', 'lose track of', 'we have not spoken|talked|caught up in|since', 'we have not been in touch',
    ],
    match: ["You may not remember me, but we met at Ana's wedding.", 'We lost touch after the Lisbon project.', "Our paths haven't crossed in a while."],
    noMatch: ['I remember your talk on tides.', 'We spoke on Friday.'],
  },
  {
    id: 'relationship.met-long-ago',
    kind: 'acquaintance',
    label: 'you met long ago',
    relationship: 'acquaintance',
    patterns: ['we =met ... last year', 'we =met ... back in', 'we =met ... in @num', 'since we ... together', 'since we last', 'since your ... lecture|seminar|class|course|lesson', 'since i sat in', 'since our days', 'we were ... same ... in @num'],
    match: ['We met at the Oslo expo last year.', 'It has been a while since we last spoke.', 'Not since your statistics lectures!'],
    noMatch: ['We met yesterday at the expo.', 'We should meet at the expo.'],
  },
  {
    id: 'relationship.recent',
    kind: 'contact',
    label: 'a recent or ongoing tie',
    relationship: 'contact',
    patterns: [
      'yesterday', 'last night', 'this morning', 'earlier today', 'the other day', 'last|this past? week|weekend|month',
      'last|on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
      'see you at|on|tomorrow|next', 'per our conversation', 'since we spoke|talked|met', 'we are working together', 'working with you on',
    ],
    match: ['See you at the depot yesterday was a treat.', 'I hope the shift went well on Sunday.', 'Per our conversation, here is the rota.'],
    noMatch: ['I hope you are well.', 'We should have coffee.'],
  },
];
