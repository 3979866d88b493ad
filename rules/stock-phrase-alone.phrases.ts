// LinkedIn's canned invitation lines and close variants: alone, they are the whole problem
// (stock-phrase-alone); beside real content they are simply the invitation element.
export const STOCK_PHRASES = [
  'i would|want|wanted|wish|like|love|hope? like|love? to add you to my professional? linkedin? network|connections on? linkedin|here?',
  'i would|want|wanted like|love? to join your professional? linkedin? network|connections on? linkedin|here?',
  'i would|want|wanted|wish|like|love|hope? like|love? to connect with you on? linkedin|here?',
  'i would|want|wanted|wish|like|love|hope? like|love? to connect on? linkedin|here?',
  'i would|want|wanted|wish|like|love|hope? like|love? to invite you to connect|join ...3',
  'i am inviting you to connect|join ...3', 'i am sending you ...2 invitation|invite|request ...3',
  'let us connect|link on? linkedin|here?', 'let us get|be|stay connected on? linkedin|here?', 'let us link up on? linkedin|here?',
  'please|kindly accept my invitation|invite|request to? connect|join? on? linkedin|here?',
  'please|kindly accept my connection|linkedin invitation|invite|request', 'please connect with me on? linkedin|here?',
  'please add me to your network|connections', 'connect with me on? linkedin|here?', 'add me to your network|connections',
  'happy|glad|keen to connect on? linkedin|here?', 'looking forward to connecting ...3', 'let us network',
  'i would like to add you', 'i would like to connect', 'connect', 'connect on linkedin', 'connection request', 'let us connect',
];

/** The invitation element: the writer asks to connect, in any words. */
export const INVITATION_CUES = [
  'connect', 'connected', 'connecting', 'reconnect', 'connection', 'link up', 'linked', 'network', 'add you', 'join your', 'accept my',
];
