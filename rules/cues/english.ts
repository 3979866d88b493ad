// The English heuristics behind the pattern language, as data: which words are subjects,
// which capitalised words are not names, which words never inflect, and what makes a word
// a past-tense verb. docs/cues.md documents how each list is used.

/** Subject pronouns: a `..N` gap never skips one, so "Steve ... said" does not match
 *  "Steve's group, so I said". */
export const SUBJECTS = ['i', 'we', 'you', 'they', 'he', 'she', 'it', 'who'];

/** Capitalised words that are not names (sentence starters, pronouns, months, days, brands
 *  that stand for nobody), for the `@Name` class. */
export const NOT_NAMES = [
  'i', 'linkedin', 'the', 'a', 'an', 'we', 'you', 'my', 'our', 'your', 'he', 'she', 'they', 'it', 'this', 'that', 'and',
  'but', 'so', 'if', 'hi', 'hello', 'hey', 'dear', 'thanks', 'thank', 'someone', 'somebody', 'one', 'everyone', 'everybody',
  'nobody', 'anyone', 'anybody', 'people', 'his', 'her', 'their', 'what', 'when', 'who', 'which', 'where', 'why', 'how',
  'there', 'these', 'those', 'some', 'many', 'most', 'all', 'both', 'friends', 'colleagues', 'recruiters', 'mutual',
  'google', 'just', 'also', 'as', 'after', 'since', 'because', 'several', 'its', "it's", 'in', 'on', 'at', 'for', 'from',
  'with', 'not', 'no', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october',
  'november', 'december', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'ceo', 'cto',
  'cfo', 'hr', 'ai', 'ok', 'okay',
];

/** Words that do not inflect: a pattern word among these matches only itself, so "i" never
 *  matches "is", "a" never "as", "your" never "yours". Auxiliaries are here too: patterns
 *  spell out the form of be/have/do they mean. */
export const UNINFLECTED = [
  // pronouns and determiners
  'i', 'me', 'my', 'mine', 'myself', 'we', 'us', 'our', 'ours', 'you', 'your', 'yours', 'yourself', 'he', 'him', 'his',
  'she', 'her', 'hers', 'it', 'its', 'they', 'them', 'their', 'theirs', 'who', 'whom', 'whose', 'which', 'what', 'that',
  'this', 'these', 'those', 'a', 'an', 'the', 'some', 'any', 'each', 'every', 'all', 'both', 'few', 'many', 'much', 'more',
  'most', 'other', 'another', 'such', 'no', 'one', 'someone', 'somebody', 'anyone', 'everyone', 'nobody', 'something',
  'anything', 'everything', 'nothing',
  // prepositions, conjunctions, particles
  'about', 'above', 'across', 'after', 'against', 'along', 'alongside', 'among', 'around', 'as', 'at', 'before', 'behind',
  'below', 'beside', 'between', 'beyond', 'by', 'down', 'during', 'for', 'from', 'in', 'inside', 'into', 'like', 'near',
  'of', 'off', 'on', 'onto', 'out', 'over', 'past', 'per', 'round', 'since', 'than', 'through', 'till', 'to', 'toward',
  'towards', 'under', 'until', 'up', 'upon', 'via', 'with', 'within', 'without', 'and', 'but', 'or', 'nor', 'so', 'yet',
  'if', 'because', 'though', 'although', 'while', 'whether', 'when', 'where', 'why', 'how', 'once', 'unless',
  // auxiliaries and modals
  'be', 'am', 'is', 'are', 'was', 'were', 'been', 'being', 'have', 'has', 'had', 'having', 'do', 'does', 'did', 'done',
  'will', 'would', 'shall', 'should', 'can', 'could', 'may', 'might', 'must', 'ought', 'let', 'lets',
  // adverbs and others that take no endings
  'not', 'also', 'just', 'very', 'too', 'here', 'there', 'now', 'then', 'again', 'soon', 'still', 'even', 'ever', 'never',
  'already', 'always', 'often', 'really', 'only', 'yesterday', 'today', 'tomorrow', 'tonight', 'ago', 'back', 'away',
  'together', 'maybe', 'perhaps', 'please', 'kindly', 'thanks', 'yes', 'hi', 'hello', 'hey', 'dear', 'next', 'last',
  'first', 'own', 'same', 'new', 'old', 'great', 'good', 'nice', 'best', 'better', 'news', 'linkedin',
];

/** Words right before a verb that make it not a past event ("would have loved", "to be
 *  based", "got engaged"): the `@past` class rejects a verb after one of them. */
export const NOT_BEFORE_PAST = [
  'would', 'will', 'could', 'should', 'might', 'may', 'can', 'must', 'have', 'has', 'had', 'to', 'not', 'be', 'been',
  'being', 'are', 'is', 'am', 'get', 'got',
];

/** Words in -ed that are mostly adjectives, or not verbs at all ("you're based in", "red"). */
export const ADJECTIVES_IN_ED = [
  'based', 'connected', 'interested', 'excited', 'pleased', 'delighted', 'impressed', 'inspired', 'surprised', 'tired',
  'used', 'supposed', 'married', 'engaged', 'involved', 'located', 'named', 'called', 'related', 'needed', 'required',
  'qualified', 'experienced', 'talented', 'skilled', 'blessed', 'focused', 'focussed', 'dedicated', 'committed',
  'motivated', 'determined', 'concerned', 'worried', 'scared', 'bored', 'amazed', 'thrilled', 'honoured', 'honored',
  'stunned', 'shocked', 'confused', 'amused', 'fascinated', 'relieved', 'retired', 'employed', 'unemployed', 'listed',
  'featured', 'wicked', 'naked', 'sacred', 'gifted', 'educated', 'respected', 'renowned', 'celebrated', 'established',
  'accomplished', 'seasoned', 'detailed', 'advanced', 'limited', 'linked', 'networked', 'obsessed', 'overwhelmed',
  'stressed', 'swamped', 'booked', 'packed', 'settled', 'attached', 'included', 'hundred', 'red', 'bed', 'shed', 'speed',
  'seed', 'need', 'feed', 'indeed', 'proceed', 'succeed', 'embed', 'wed', 'biased', 'aged', 'sophisticated',
  'animated', 'dated', 'varied', 'united', 'armed', 'certified', 'licensed', 'registered', 'accredited',
  'regulated', 'automated', 'distributed', 'integrated', 'recommended', 'verified', 'noted', 'valued', 'trusted',
];

/** Irregular past forms counted by `@past` (the regular ones end in -ed). */
export const IRREGULAR_PAST = [
  'was', 'were', 'made', 'gave', 'took', 'ran', 'sang', 'won', 'lost', 'brought', 'bought', 'taught', 'caught', 'found',
  'left', 'told', 'said', 'spoke', 'wrote', 'sat', 'held', 'led', 'kept', 'heard', 'built', 'sent', 'lent', 'met', 'saw',
  'came', 'went', 'did', 'put', 'threw', 'drove', 'rode', 'flew', 'swam', 'began', 'chose', 'drew', 'fed', 'felt', 'fought',
  'forgot', 'forgave', 'froze', 'grew', 'hid', 'hit', 'knew', 'laid', 'lit', 'meant', 'paid', 'read', 'rang', 'rose', 'sold',
  'shook', 'shot', 'showed', 'shut', 'slept', 'spent', 'stood', 'stole', 'struck', 'swore', 'tore', 'understood', 'woke',
  'wore', 'blew', 'broke', 'dug', 'ate', 'drank', 'bit', 'hung', 'sank', 'spun', 'stuck', 'swung', 'thought',
  'wept', 'wound', 'bent', 'bled', 'bred', 'clung', 'crept', 'dealt', 'fled', 'flung', 'knelt', 'leapt', 'slid',
  'sped', 'split', 'spread', 'sprang', 'stank', 'stung', 'strode', 'strove', 'swept',
];

/** Words that turn a recalled interaction into a wish when they come just before it ("it
 *  WOULD be great to meet", "hoping to work with you"): cues use them as `notAfter`. */
export const WISH_WORDS = [
  'would', 'will', 'could', 'should', 'shall', 'might', 'hope', 'hoping', 'love', 'like', 'want', 'let', 'wish', 'can',
  'must', 'keen', 'looking', 'forward',
];

/** Nouns that name an occasion. A slot just before one only names the occasion ("your juniors
 *  at the [TODO] tournament on Sunday"): the occasion itself is still in the sentence, so the
 *  cue around it stands. Before anything else ("we met at the ____ in Kraków") the slot is the
 *  element, which is then missing. */
export const OCCASIONS = [
  'tournament', 'match', 'game', 'conference', 'event', 'fair', 'meetup', 'workshop', 'course', 'festival', 'show', 'gig',
  'party', 'dinner', 'lunch', 'breakfast', 'race', 'summit', 'expo', 'exhibition', 'seminar', 'webinar', 'session', 'class',
  'meeting', 'call', 'reunion', 'wedding', 'launch', 'hackathon', 'training', 'retreat', 'ceremony', 'concert', 'tasting',
  'market', 'auction', 'gala', 'fundraiser', 'panel', 'talk', 'trip', 'tour', 'camp', 'league', 'final', 'competition',
  'championship', 'regatta', 'marathon', 'convention', 'forum', 'symposium', 'congress', 'masterclass', 'bootcamp', 'service',
];
