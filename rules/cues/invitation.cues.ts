// The invitation element (the writer asks to connect, in any words) and LinkedIn's canned
// lines: alone, stock phrases are the whole problem (stock-phrase-alone); beside real content
// they are simply the invitation.
import type { Cue } from './catalogue.js';

export const INVITATION_CUES: Cue[] = [
  {
    id: 'invitation.connect',
    kind: 'invitation',
    label: 'an invitation to connect',
    patterns: ['connect', 'connection', 'link up|in', '=linked', 'network', 'add you|u', 'join your', 'accept my', 'be connected', 'hook up on|here', 'linkedin', 'on here', 'stay|keep in touch'],
    match: ['We should be connected here.', "Let's link up!", "I'd like to add you to my network."],
    noMatch: ['Here is the link to the deck.', 'See you at the match.'],
  },
  {
    id: 'invitation.reconnect',
    kind: 'invitation',
    label: 'an invitation to reconnect',
    relationship: 'acquaintance',
    patterns: ['reconnect', 'back in touch'],
    match: ["I'd love to reconnect here.", 'Good to be back in touch.'],
    noMatch: ['We stayed in touch.', 'Connect with me.'],
  },
];

/** The words LinkedIn's canned lines are made of, in the spellings people type ("id like to add
 *  u to my professional network on linkedin", "pls accept my invite", "Kindly accept, sir").
 *  Base forms: patterns inflect them. */
const CANNED = [
  'i', 'id', 'would', 'like', 'love', 'want', 'wanna', 'wish', 'hope', 'to', 'you', 'u', 'ya', 'your', 'ur', 'my', 'me', 'us', 'our', 'let', 'lets',
  'shall', 'we', 'please', 'pls', 'plz', 'kindly', 'humbly', 'sir', 'madam', 'maam', 'mam', 'dear', 'lah', 'here', 'on', 'in', 'at', 'into', 'as',
  'a', 'the', 'this', 'and', 'also', 'too', 'now', 'just', 'really', 'so', 'be', 'get', 'stay', 'keep', 'can', 'may', 'could', 'for', 'with', 'from', 'via', 'through', 'of',
  'connect', 'connection', 'add', 'ad', 'join', 'accept', 'invite', 'invitation', 'network', 'request', 'professional', 'proffesional',
  'profesional', 'linkedin', 'linkdin', 'linkedln', 'conect', 'connet', 'conection', 'invitaion', 'netwrok', '=linked', 'friend', 'thank', 'happy', 'glad', 'keen', 'officially', 'formally', 'include',
].join('|');
/** The words that make a line an invitation at all. */
const INVITE = 'connect|connection|add|ad|join|accept|invite|invitation|network|request|conect|connet|conection|invitaion|netwrok';

export const STOCK_CUES: Cue[] = [
  {
    id: 'stock.canned-words',
    kind: 'stock phrase',
    label: 'a canned line, however it is spelt',
    patterns: [`^ ${CANNED}+? ${INVITE} ${CANNED}+? $`],
    match: ['id like to add u to my proffesional network on linkedin', 'Pls accept my invite.', 'Kindly accept my request, sir.', 'Would love to connect!', 'I wish to add you in my network from LinkedIn.', 'lets conect!!'],
    noMatch: ['Please accept my apologies for the delay.', 'I’d love to connect about the grant.', 'We should be connected here.'],
  },
  {
    id: 'stock.add-to-network',
    kind: 'stock phrase',
    label: "LinkedIn's default invitation",
    patterns: [
      'i would|want|wish|like|love|hope? like|love? to add you to my professional? linkedin? network|connection on? linkedin|here?',
      'i would|want like|love? to join your professional? linkedin? network|connection on? linkedin|here?',
      'i would|want|wish|like|love|hope? like|love? to connect with you on? linkedin|here?',
      'i would|want|wish|like|love|hope? like|love? to connect on? linkedin|here?',
      'i would|want|wish|like|love|hope? like|love? to invite you to connect|join',
      'i would like to add you', 'i would like to connect',
    ],
    match: ["I'd like to add you to my professional network on LinkedIn.", 'I would like to join your LinkedIn network.', 'I want to connect with you.'],
    noMatch: ['I added your talk to my reading list.', 'I would like to meet for coffee.'],
  },
  {
    id: 'stock.lets-connect',
    kind: 'stock phrase',
    label: 'a bare "let\'s connect"',
    patterns: [
      // "lets" is how many type "let's".
      'let|lets us? connect|link|network on? linkedin|here?', 'let|lets us? get|be|stay connected on? linkedin|here?', 'let|lets us? link up on? linkedin|here?',
      'connect with me on? linkedin|here?', 'connect on linkedin', '^ connect $', 'connection request', 'happy|glad|keen to connect on? linkedin|here?',
    ],
    match: ["Let's connect!", 'Happy to connect here.', 'Connect?', 'lets connect on here'],
    noMatch: ["Let's grab a coffee.", 'Glad we met.'],
  },
  {
    id: 'stock.accept-invitation',
    kind: 'stock phrase',
    label: 'a request to accept the invitation',
    patterns: [
      'please|kindly accept my invitation|invite|request to? connect|join? on? linkedin|here?', 'please|kindly accept my connection|linkedin invitation|invite|request',
      'please connect with me on? linkedin|here?', 'please add me to your network|connection', 'add me to your network|connection',
      'i am invite|send you ...2 invitation|invite|request', 'i am inviting you to connect|join', 'look forward to connecting ...3 you|here|on|soon',
    ],
    match: ['Kindly accept my request to connect.', 'Please add me to your network.', 'Looking forward to connecting with you.'],
    noMatch: ['Please accept my apologies for the delay.', 'Looking forward to the match.'],
  },
];
