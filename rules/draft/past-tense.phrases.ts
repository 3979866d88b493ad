// Word lists behind the @past token class of phrase-match.ts: irregular past forms, and
// common words in -ed that are adjectives rather than things that happened ("you're based in").
export const PAST_FORMS = [
  'was', 'were', 'made', 'gave', 'took', 'ran', 'sang', 'won', 'lost', 'brought', 'bought', 'taught', 'caught', 'found',
  'left', 'told', 'said', 'spoke', 'wrote', 'sat', 'held', 'led', 'kept', 'heard', 'built', 'sent', 'lent', 'met', 'saw',
  'came', 'went', 'did', 'put', 'threw', 'drove', 'rode', 'flew', 'swam', 'began', 'chose', 'drew', 'fed', 'felt', 'fought',
  'forgot', 'forgave', 'froze', 'grew', 'hid', 'hit', 'knew', 'laid', 'lit', 'meant', 'paid', 'read', 'rang', 'rose', 'sold',
  'shook', 'shot', 'showed', 'shut', 'slept', 'spent', 'stood', 'stole', 'struck', 'swore', 'tore', 'understood', 'woke',
  'wore', 'blew', 'broke', 'dug', 'fixed', 'gave', 'lent', 'saved', 'nailed', 'smashed', 'crushed', 'killed', 'rocked',
];

export const ADJECTIVES_IN_ED = [
  'based', 'connected', 'interested', 'excited', 'pleased', 'delighted', 'impressed', 'inspired', 'surprised', 'tired',
  'used', 'supposed', 'married', 'engaged', 'involved', 'located', 'named', 'called', 'related', 'needed', 'required',
  'qualified', 'experienced', 'talented', 'skilled', 'blessed', 'focused', 'focussed', 'dedicated', 'committed',
  'motivated', 'determined', 'concerned', 'worried', 'scared', 'bored', 'amazed', 'thrilled', 'honoured', 'honored',
  'stunned', 'shocked', 'confused', 'amused', 'fascinated', 'relieved', 'retired', 'employed', 'unemployed', 'listed',
  'featured', 'wicked', 'naked', 'sacred', 'talented', 'gifted', 'educated', 'respected', 'renowned', 'celebrated',
  'established', 'accomplished', 'seasoned', 'detailed', 'advanced', 'limited', 'linked', 'networked', 'obsessed',
  'interested', 'overwhelmed', 'stressed', 'swamped', 'booked', 'packed', 'settled', 'attached', 'included', 'needed',
  'hundred', 'red', 'bed', 'shed', 'speed', 'seed', 'need', 'feed', 'indeed', 'proceed', 'succeed', 'embed', 'wed',
];
