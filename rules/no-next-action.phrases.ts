// Next actions (the seed's third element): a proposal (coffee, a call), a commitment ("I'll
// bring the book Thursday"), an introduction, a question to the recipient, or handing them
// the ball ("let me know if..."). "Looking forward to connecting" and vague hopes do not count.
import type { CueList } from './draft/cues.js';

const MEETS = 'coffee|coffees|lunch|dinner|breakfast|brunch|drinks|drink|beer|beers|pint|pints|tea|call|chat|zoom|catch-up|cuppa|meal|walk|hike';

/** Wishes about people in general ("keen to meet more people in the industry") ask nothing of the recipient. */
const IN_GENERAL = ['more people|professionals|contacts', 'other|others|like-minded ...2 people|professionals|in', 'people in the|my ...2 industry|field|sector|space|area'];

export const NEXT_ACTION_CUES: CueList[] = [
  {
    kind: 'proposal',
    patterns: [
      'let us|lets ...2 grab|get|have|do|meet|catch|set|find|schedule|book|chat|talk|plan|hop|swap|compare|pair|team|work|collaborate|go|try|figure|sort|arrange|organise|organize|line',
      'we should|must|could ...2 grab|get|have|do|meet|catch|set|find|schedule|chat|talk|plan|hop|swap|compare|pair|team|work|collaborate|go|try|arrange',
      'would|would\'d|love|like|keen|happy|glad|delighted|up ...3 to grab|get|meet|buy|take|treat|catch|chat|talk|hear|show|introduce|invite|host|send|share|set|hop|learn|swap|compare|collaborate|work|help|pick|discuss|explore|visit|welcome|feature|interview|bring|offer|walk|give|tell|ask|find',
      'would|will be great|good|lovely|nice|fun|wonderful|brilliant ...3 to meet|catch|chat|talk|see|hear|grab|work|collaborate|get|have|compare|swap|learn',
      `${MEETS} ...4 next|sometime|soon|tomorrow|when|one|someday|whenever`,
      `up for|open to|free for ...3 ${MEETS}`, 'my treat',
      '^ send|tell|show|give|drop|bring|ping|email|text|call|message|dm|join|meet|come|visit|pop|swing|stop|hop|grab|book|pick|forward ...2 me|us|by|over|along|round|around|in',
      'give me a shout|call|ring|buzz|bell', 'drop me a line|note|message', 'get in touch', 'reach out ...3 if|when|any|anytime',
      'feel free to', 'let me know', 'lmk', 'keep me posted', 'my door is ...2 open', 'happy to help', 'if you ever ...4 want|need|fancy|are',
    ],
    unless: ['^ let us connect|link $', ...IN_GENERAL],
  },
  {
    kind: 'commitment',
    patterns: [
      'i will|shall|can|could ...3 send|bring|drop|forward|share|introduce|tag|email|call|book|post|publish|pass|put|ping|text|mail|link|buy|host|shout|treat|arrange|organise|organize|loop|cc|invite|come|visit|stop|swing|check|follow|write|make|set|get|pop|reach|ring|deliver|return|give|show|mention|recommend|save|hold|reserve|order|cover|pay|pick|lend|connect',
      // A promise with a date is a commitment whatever the verb ("I will circulate the minutes by Wednesday").
      'i will|shall ...6 by|before|tomorrow|tonight|today|later', 'i will|shall ...6 on|next|this monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month',
      'i am going to|gonna ...2 send|bring|drop|forward|share|introduce|tag|email|call|book|post|publish|put|ping|write|make|set|visit|come|pop',
      'i am|i\'m sending|bringing|dropping|forwarding|sharing|introducing|tagging|emailing|posting|publishing|booking|hosting|putting|attaching',
      'happy|glad|keen|delighted ...2 to send|share|introduce|help|make|put|pass|forward|chat|talk|show|host|meet',
      'will ...2 have|be|go ...3 up|live|online|published', 'goes|go|going live|up ...2 today|tomorrow|tonight|soon|this|next|on|when', 'is|are up|live now|today|tomorrow',
      'i have attached|sent|shared|forwarded', 'attached is|are', 'here is|here\'s ...3 link|the|my', 'link below|above',
      'forward|send|pass|share it|this|them|that ...2 to you|over|along',
      // Commitments without "I will": "it's yours by Friday", "heading your way", "in your inbox tonight".
      'i will|shall let you know', 'let you know when|once|as|the|how|if', 'is|are mine', 'round is|are|on me|mine', 'on me',
      'is|are yours', 'yours by|on|tomorrow|tonight|next|this|as|when|soon', 'heading|coming|winging|flying your way', 'making its way to you', 'on its|their|the way to you|your',
      'in|into|to your inbox|mailbox|hands|mail|dms|dm', 'will be with you', 'introduce you to', 'put you in touch', 'make an|the intro|introduction', 'connect you with|to',
    ],
    unless: IN_GENERAL,
  },
  {
    kind: 'looking forward',
    patterns: ['look|looking|looks forward to', 'can not|cannot wait for|to|until'],
    unless: [
      'forward to connecting|connect|being|staying|keeping|hearing|linking|networking|joining|getting|growing|following|learning',
      'forward to your|our reply|response|thoughts|answer|connection|network',
      'forward to seeing you around',
    ],
  },
];

/** Questions that ask nothing of the recipient but the connection itself, or are tags. */
export const NOT_A_REAL_QUESTION = [
  'mind if i ...2 add|connect', 'can|could|may i ...2 add|connect', 'shall|should|can we ...2 connect|link', 'would|will you ...3 connect|accept|add',
  'open to connecting', 'ok|okay|alright if i', '^ cool|ok|okay|alright with you $', 'right $', 'you know $', "y'know $", 'ya know $', 'eh $', 'huh $',
  '^ who knew $', '^ why not $', '^ remember me $', '^ let us connect|link $', '^ connect|connected $',
];
