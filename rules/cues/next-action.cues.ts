// Next actions (the seed's third element): a proposal (coffee, a call), a commitment ("I'll
// bring the book Thursday"), an introduction, a question to the recipient, or handing them
// the ball ("let me know if..."). "Looking forward to connecting", vague hopes and a bare
// "Thanks!" do not count.
import type { Cue } from './catalogue.js';

/** Things to meet over, as written (not their verbs' past forms: "we walked" is no proposal). */
const MEETS = '=coffee|=coffees|=lunch|=dinner|=breakfast|=brunch|=drink|=drinks|=beer|=beers|=pint|=pints|=tea|=call|=chat|=zoom|=catch-up|=cuppa|=meal|=walk|=hike|=meeting|=visit|=demo|=tour|=game|=round|=ride|=run|=session|=talk|=video-call|=phone-call';

/** Wishes about people in general ("keen to meet more people in the industry") ask nothing of the recipient. */
const IN_GENERAL = ['more people|professional|contact', 'other|like-minded ...2 people|professional|in', 'people in the|my ...2 industry|field|sector|space|area'];

/** Verbs of doing something with the recipient, after "let's", "we should", "would love to". */
const DO_TOGETHER = 'grab|get|have|do|meet|catch|set|find|schedule|book|chat|talk|plan|hop|swap|compare|pair|team|work|collaborate|go|try|figure|sort|arrange|organise|organize|line|discuss|explore|jump|sit|walk|brainstorm|share|cook|play|visit|build|speak';

/** Verbs of giving or sending something to the recipient. */
const DELIVER = 'send|bring|drop|forward|share|introduce|tag|email|call|book|post|publish|pass|put|ping|text|mail|link|buy|host|shout|treat|arrange|organise|organize|loop|cc|invite|come|visit|stop|swing|check|follow|write|make|set|get|pop|reach|ring|deliver|return|give|show|mention|recommend|save|hold|reserve|order|cover|pay|pick|lend|whatsapp|message|dm|circulate|upload|attach|courier|run|drive|carry|take|haul|fetch|keep';

export const NEXT_ACTION_CUES: Cue[] = [
  {
    id: 'next-action.lets',
    kind: 'proposal',
    label: 'a "let\'s" proposal',
    patterns: [`let us ...2 ${DO_TOGETHER}`, `lets ...2 ${DO_TOGETHER}`, `we should|must|could ...2 ${DO_TOGETHER}`, 'shall we', 'how|what about ...4 coffee|lunch|call|chat|drink|meeting|next|monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow'],
    unless: ['^ let|lets us? connect|link $', 'let|lets us? connect|link|network on|here $', 'connect ...2 shall we $', ...IN_GENERAL],
    match: ["Let's grab a coffee when you're back.", 'We should swap notes on the grant.', 'How about lunch on Thursday?'],
    noMatch: ["Let's connect!", "Let's connect here."],
  },
  {
    id: 'next-action.would-love-to',
    kind: 'proposal',
    label: 'an offer or wish to do something with them',
    patterns: [
      "would|love|like|keen|happy|glad|delighted|up|eager ...3 to grab|get|meet|buy|take|treat|catch|chat|talk|hear|show|introduce|invite|host|send|share|set|hop|learn|swap|compare|collaborate|work|help|pick|discuss|explore|visit|welcome|feature|interview|bring|offer|walk|give|tell|ask|find|jump|sit|cook|tour|support|mentor|review|read|look|check|proofread|edit|test|call|ring|phone|text|message|email|drive|pop|come|arrange",
      'would|will be great|good|lovely|nice|fun|wonderful|brilliant ...3 to meet|catch|chat|talk|see|hear|grab|work|collaborate|get|have|compare|swap|learn',
    ],
    // Finding them on LinkedIn is no action: "so happy to find you here".
    unless: [...IN_GENERAL, 'find|see you here', 'find|see you on here|linkedin'],
    match: ["I'd love to buy you lunch next time you're in Pune.", 'Would be great to hear how the pilot went.', 'Happy to introduce you to our head of nursing.'],
    noMatch: ["I'd love to connect.", 'Keen to meet more people in the industry.', 'So glad to find you here.'],
  },
  {
    id: 'next-action.meet-when',
    kind: 'proposal',
    label: 'a meeting with a time',
    patterns: [`${MEETS} ...4 next|sometime|soon|tomorrow|when|one|someday|whenever|monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|this|later|after|before|on`, `up for|open to|free for|fancy|time for ...3 ${MEETS}`, 'my treat', `${MEETS} on me`],
    unless: ['had|have a great|good|lovely ...2 call|chat|lunch|dinner', 'thank ...6 for'],
    notAfter: ['hope', 'hoping', 'the', 'our', 'that', 'your', 'last'],
    match: ['Coffee next week?', 'Are you free for a call on Monday?', 'Talk Monday?', 'Lunch is my treat.'],
    noMatch: ['We had a great call on Monday.', 'Hope to grab coffee someday.'],
  },
  {
    id: 'next-action.imperative',
    kind: 'proposal',
    label: 'a request to them',
    patterns: [
      // Imperatives are base forms as written: "came across your" is no request.
      '^ =send|=tell|=show|=give|=drop|=bring|=ping|=email|=text|=call|=message|=dm|=join|=meet|=come|=visit|=pop|=swing|=stop|=hop|=grab|=book|=pick|=forward|=whatsapp|=ring ...2 me|us|by|over|along|round|around|in|a|your',
      'kindly|please ...2 =share|=send|=forward|=email|=call|=advise|=revert|=confirm|=suggest|=review|=check|=guide|=reply|=ping|=whatsapp|=drop|=tell|=contact|=write|=message|=text|=ring|=phone|=come|=visit|=stop|=pop',
      // Calling out for them, on a condition: "Holler if you need a hand", "Ping me anytime".
      '^ =holler|=shout|=yell|=ping|=buzz|=text|=call|=ring|=message|=email|=whatsapp|=dm ...2 if|when|whenever|anytime',
      'give me a shout|call|ring|buzz|bell', 'drop|send|shoot me a line|note|message|msg|dm|text|shout|email|mail', 'get in touch', 'reach out ...3 if|when|any|anytime',
      'would you be willing|open|up|able|free|available', 'could|can|may i ...3 ask|pick|borrow|have|steal|grab ...3 minute|time|brain|thought|advice|opinion|view|input|question',
      'grateful|appreciate|value ...6 minute|time|call|chat|coffee|advice|thought|opinion|view|input|reply|look|glance',
      'love|like|appreciate|welcome|value your ...2 feedback|thought|advice|input|take|opinion|view|eye|perspective|help', 'do the needful',
    ],
    unless: ['thank ...3 for your time', 'grateful for your time and', 'needful ...3 accept|connect|add'],
    match: ['Send me the drawings when you can.', 'Holler if the rig gives you trouble!', "I'd be grateful for fifteen minutes of your time on a call.", 'Could I pick your brain about locum agencies?', 'Kindly share the rota when convenient.'],
    noMatch: ['Thanks for your time.', 'Came across your stand at the fair.'],
  },
  {
    id: 'next-action.ball-in-their-court',
    kind: 'proposal',
    label: 'the ball in their court',
    patterns: [
      'feel free to', 'let me know', 'lmk', 'keep me posted', 'my door is ...2 open', 'happy to help', 'if you ever ...4 want|need|fancy|are',
      'happy|glad|keen|delighted ...2 to jump|hop|chat|talk|meet|help ...6 whenever|anytime|any|if|when|suits',
      'whenever ...3 suit|work|free|ready', 'i|we am|are free|around|available ...6 if|for|to|whenever|any|after|before', 'just say the word', 'you know where to find me', 'shout if|when', 'ping me',
      'if ...4 useful|helpful|interested|keen ...4 happy|glad|can|could|would|let|send|share|call',
      // "If you are ever at the market, come by stall 14": an open door on a condition.
      'if ...6 =come|=pop|=swing|=stop|=drop by|round|over|in',
    ],
    unless: IN_GENERAL,
    match: ['Let me know if you want to talk shop.', 'Happy to jump on a call whenever suits you.', 'Shout if the drawings are unclear.', 'If you are ever in Tromsø, come by the workshop.'],
    noMatch: ['I know the feeling.', 'Happy new year!'],
  },
  {
    id: 'next-action.will-do',
    kind: 'commitment',
    label: 'a promise to send or do something',
    patterns: [
      `i will|shall|can|could ...3 ${DELIVER}`,
      'i am going to|gonna ...2 send|bring|drop|forward|share|introduce|tag|email|call|book|post|publish|put|ping|write|make|set|visit|come|pop',
      `^ will ...2 ${DELIVER}`, `=will ...2 ${DELIVER} ...3 over|tomorrow|tonight|today|soon|later|monday|tuesday|wednesday|thursday|friday|saturday|sunday`,
      'happy|glad|keen|delighted ...2 to send|share|introduce|make|put|pass|forward|show|host',
    ],
    // Their promise is not the writer's ("I hope you will send..."); their future otherwise is no veto ("you will be surprised").
    unless: ['if i can', 'i can not', 'i could not', `you|they|he|she will ...3 ${DELIVER}`, 'will you', ...IN_GENERAL],
    match: ['I will bring the Rioja we talked about, you will love it.', 'loved the gig!! will post the photos tomorrow', "I'll forward the borehole logs by Friday.", 'Will share the deck after the board meeting.', 'I can introduce you to our procurement lead.'],
    noMatch: ['I will be in Lagos next month.', 'I can not make the meeting.', 'I hope you will send me the slides.'],
  },
  {
    id: 'next-action.dated-promise',
    kind: 'commitment',
    label: 'a promise with a date',
    patterns: [
      'i will|shall ...6 by|before|tomorrow|tonight|today|later|after', 'i will|shall ...6 on|next|this monday|tuesday|wednesday|thursday|friday|saturday|sunday|week|weekend|month',
      // A promise in the present tense, as many write it: "I send you the photos tomorrow".
      'i =send|=bring|=share|=forward|=email|=post|=mail|=call|=drop|=pass|=deliver ...6 tomorrow|tonight|today|later|soon|monday|tuesday|wednesday|thursday|friday|saturday|sunday|by|before',
    ],
    unless: ['i will|shall be in|away|out|off|back|travelling|traveling|busy|offline|moving|starting|leaving|joining', 'if i will'],
    match: ['I will circulate the minutes by Wednesday.', "I'll have the quote ready before the weekend.", 'I send you the wiring diagram tomorrow morning.'],
    noMatch: ['I will be in Lagos next month.', 'I will be away next week.'],
  },
  {
    id: 'next-action.sending-now',
    kind: 'commitment',
    label: 'something on its way to them',
    patterns: [
      'i am sending|bringing|dropping|forwarding|sharing|introducing|tagging|emailing|posting|publishing|booking|hosting|putting|attaching|couriering',
      '=sending|=forwarding|=emailing|=couriering|=dropping|=bringing|=mailing|=shipping|=posting you|over|along|across|round',
      '^ sending|dropping|bringing|forwarding|sharing|emailing|attaching|couriering|posting|looping ...3 the|you|it|over|along|this|my|our',
      'i have attached|sent|shared|forwarded', 'attached is|are', 'here is|here\'s ...3 link|the|my', 'link below|above',
      'forward|send|pass|share it|this|them|that ...2 to you|over|along',
      'will ...2 have|be|go ...3 up|live|online|published', 'go live|up ...2 today|tomorrow|tonight|soon|this|next|on|when', 'is|are up|live now|today|tomorrow',
    ],
    unless: ['thank ...3 for ...2 sending|bringing|dropping|forwarding|emailing'],
    match: ['Dropping the contract over Friday.', 'Sending you the rota now.', 'Your interview goes up today.', 'I redid the budget, sending you the new version tonight.'],
    noMatch: ['I sent my CV last week.', 'Dropping by was a mistake.', 'Thanks for sending over the minutes.'],
  },
  {
    id: 'next-action.yours',
    kind: 'commitment',
    label: 'a promise without "I will"',
    patterns: [
      'i will|shall let you know', 'let you know when|once|as|the|how|if', 'round is|are|on me|mine', 'on me',
      'is|are yours', 'yours by|on|tomorrow|tonight|next|this|as|when|soon', 'heading|coming|winging|flying your way', 'make its way to you', 'on its|their|the way to you|your',
      'in|into|to your inbox|mailbox|hands|mail|dm', 'will be with you', 'introduce you to', 'put you in touch', 'make an|the intro|introduction', 'connect you with|to',
    ],
    unless: IN_GENERAL,
    match: ["It's yours by Friday.", 'The samples are heading your way.', "I'll let you know when the slots open."],
    noMatch: ['The pleasure is mine, truly.', 'Yours sincerely'],
  },
  {
    id: 'next-action.looking-forward',
    kind: 'looking forward',
    label: 'looking forward to something concrete',
    patterns: ['look forward to', 'can not wait for|to|until', '^ see you at|on|next|tomorrow|there|then', 'will see you'],
    unless: [
      'forward to connect|be|being|stay|keep|hear|link|network|join|get|grow|follow|learn', 'wait to connect|link|network|join|be',
      'forward to your|our reply|response|thought|answer|connection|network',
      'see you around', 'forward to seeing you around', 'hope to see you',
    ],
    match: ['Looking forward to the QuickStart Guide.', "Can't wait for the harvest fair.", 'See you at the depot on Monday.'],
    noMatch: ['Looking forward to connecting!', 'Hope to see you around.', 'Looking forward to being part of your network.', 'Can’t wait to connect 😊'],
  },
  {
    id: 'next-action.question',
    kind: 'question',
    label: 'a question to them',
    patterns: [],
    question: true,
    unless: [
      'mind if i ...2 add|connect', 'can|could|may i ...2 add|connect', 'shall|should|can we ...2 connect|link', 'would|will you ...3 connect|accept|add',
      'open to connecting', 'ok|okay|alright|fine|cool if i|we ...2 add|connect|link|follow',
      // Tags and asides that ask nothing: "..., isn't it?", "small world, eh?".
      'is|does|do|was|has|have|did|are|were|will|would|can|could|am not it|they|you|that|this|there|life $', 'ja|na|no|innit|lah|yeah|ya $', 'small world', 'time flies', 'life grand', '^ cool|ok|okay|alright with you $', 'right $', 'you know $', "y'know $", 'ya know $', 'eh $', 'huh $',
      '^ who knew $', '^ why not $', '^ remember me $', 'where does|did the time go', 'how|why are|were|is we|you|i not ...3 connected|linked|friends', 'how come we|you are|were not ...3 connected|linked', '^ let|lets us? connect|link $', '^ connect $', 'add|follow|accept me back',
    ],
    match: ['How are things with you these days?', 'Are you still working with Stephen?', 'Talk Monday?'],
    noMatch: ['Mind if I add you?', "Funny how you assume you've connected, y'know?", 'Remember me?', 'add me back? 🙏', 'Time flies, doesn’t it?', 'Would it be alright if we connected on LinkedIn?', 'Honestly, where did the time go?', 'How are we not connected on here?'],
  },
];
