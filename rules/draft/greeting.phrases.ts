// Salutations that open a draft. Repeated letters are folded before comparing ("Heyyy" = "hey").
export const SALUTATIONS = [
  'hi', 'hello', 'hey', 'hiya', 'heya', 'howdy', 'dear', 'greetings', 'yo', 'sup',
  'good morning', 'good afternoon', 'good evening', 'good day', "g'day", 'morning', 'afternoon', 'evening',
  'hoi', 'hallo', 'hej', 'moin', 'servus', 'hola', 'olá', 'ola', 'oi', 'bonjour', 'salut', 'ciao', 'salve',
  'namaste', 'kia ora', 'salaam', 'salam', 'shalom', 'sawubona', 'jambo', 'ahoj', 'cześć', 'czesc', 'merhaba',
  'konnichiwa', 'annyeong', 'ni hao', 'aloha', 'hei', 'tere', 'sveiki', 'labas', 'szia', 'bok', 'zdravo',
  // Formal openings common in Indian, Nigerian and Filipino English ("Respected Madam", "Esteemed Sir").
  'respected', 'esteemed', 'dearest', 'hello dear', 'howzit', 'habari', 'sannu', 'kedu', 'bawo',
  'dzień dobry', 'dzien dobry', 'buenos días', 'buenos dias', 'buenas tardes', 'buenas', 'bom dia', 'boa tarde', 'buongiorno',
  'guten tag', 'guten morgen', 'goedemorgen', 'goeie môre', 'god morgen', 'hallå', 'sawasdee', 'xin chào', 'selamat pagi',
  // More of the world's hellos that open English notes and notes in other languages alike.
  'përshëndetje', 'pershendetje', 'talofa', 'bula', 'živjo', 'zivjo', 'pozdravljeni', 'dobar dan', 'dobrý den', 'dobry den',
  'bună', 'buna', 'bună ziua', 'buna ziua', 'gamarjoba', 'barev', 'sälem', 'salem', 'mingalaba', 'sabaidee', 'kamusta',
  'kumusta', 'mabuhay', 'apa kabar', 'vanakkam', 'namaskar', 'namaskaram', 'sat sri akal', 'kem cho', 'nomoshkar',
  'assalamu alaikum', 'marhaba', 'ahlan', 'muraho', 'mbote', 'mhoro', 'dumela', 'molo', 'akwaaba', 'ndewo', 'alreet',
  'kaixo', 'moi', 'terve', 'halló', 'goddag', 'grüß gott', 'grüezi', 'goedendag', 'bonsoir', 'coucou', 'buonasera',
  'boa noite', 'buenas noches', 'privet', 'yassou', 'geia sou', 'kalimera', 'jó napot', 'sziasztok', 'labdien', 'labas rytas',
  'čau', 'cau', 'witam', 'witaj', 'moien', 'bongu', 'egun on', 'sæll', 'sæl', 'assalomu alaykum', 'now then',
];

/** Honorifics written after the name ("Harjit ji", "Tanaka san", "Dariush jan"): part of the
 *  greeting, never a name. */
export const HONORIFICS = ['ji', 'jee', 'sahib', 'saheb', 'sahab', 'san', 'sama', 'kun', 'chan', 'sensei', 'jan', 'joon', 'bhai', 'bhaiya', 'didi', 'dada', 'akka', 'bey', 'hanım', 'hanim', 'hocam', 'abla', 'abi', 'oga', 'ssi', 'nim', 'sunbae', 'uso', 'bro', 'sis', "ma'am", 'maam'];

/** Courtesy titles and honorifics: a greeting with one of these is compared with the surname
 *  ("Dear Dr. Mehta", "Dear Chief Adeyemi", "Dear Engr. Okafor"). */
export const TITLES = [
  'mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'doctor', 'sir', 'madam', 'dame',
  'rev', 'revd', 'reverend', 'fr', 'pastor', 'chief', 'engr', 'hon', 'sheikh',
  'captain', 'capt', 'major', 'maj', 'colonel', 'col', 'lieutenant', 'lt', 'sergeant', 'sgt', 'admiral', 'commander', 'cdr',
  // Titles of other languages that English notes keep ("Dzień dobry Panie Marku", "Hola Sr. Ruiz").
  'pan', 'panie', 'pani', 'señor', 'señora', 'sr', 'sra', 'srta', 'herr', 'frau', 'signor', 'signora', 'monsieur', 'senhor', 'senhora', 'dona',
];

/** Words after a salutation that address nobody in particular. */
export const NOT_A_NAME = [
  'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'friend', 'friends', 'you', 'guys', "y'all",
  'again', 'both', 'and', 'from', 'to', 'sir', 'madam', 'colleague', 'colleagues', 'neighbour', 'neighbor',
  'stranger', 'mate', 'buddy', 'pal', 'thanks', 'thank', 'great', 'good', 'lovely', 'hope', 'just', 'quick', 'congrats',
  'congratulations', 'happy', 'welcome', 'long', 'or',
];

/** Words that make a greeting address a role or a group, not a person ("Dear Hiring Manager",
 *  "Hi Recruiting Team", "Dear Sir or Madam", "Dear Recruiter", "To whom it may concern"): such
 *  a greeting has no name, so name-mismatch never reads one of these as a name to correct. */
export const ROLE_WORDS = [
  'hiring', 'manager', 'managers', 'recruiter', 'recruiters', 'recruiting', 'recruitment', 'talent', 'acquisition',
  'hr', 'people', 'team', 'teams', 'crew', 'committee', 'department', 'admissions', 'board', 'panel', 'jury',
  'member', 'members', 'staff', 'officer', 'director', 'directors', 'head', 'lead', 'leader', 'leaders', 'leadership',
  'founder', 'founders', 'ceo', 'cto', 'cfo', 'coo', 'cmo', 'vp', 'president', 'chair', 'chairperson', 'secretary',
  'organiser', 'organisers', 'organizer', 'organizers', 'host', 'hosts', 'editor', 'editors', 'moderator', 'moderators',
  'sir', 'sirs', 'madam', 'madame', 'gentlemen', 'ladies', 'all', 'everyone', 'everybody', 'folks', 'colleague', 'colleagues',
  'friend', 'friends', 'partner', 'partners', 'customer', 'customers', 'client', 'clients', 'support', 'sales', 'owner',
  'whom', 'concern', 'applicant', 'applicants', 'candidate', 'candidates', 'coordinator', 'representative', 'agent',
];

/** Lower-case surname particles allowed inside a titled name ("Ms. van der Berg"). */
export const SURNAME_PARTICLES = ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'bin', 'al', 'el', 'ten', 'ter'];
