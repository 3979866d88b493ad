// Valedictions that close a draft, alone ("Cheers,") or before a name ("Thanks, Leo").
// Patterns use the phrase-match language (see phrase-match.ts); a valediction must fill its line.
export const VALEDICTIONS = [
  'best', 'best wishes', 'all the best', 'all the best to you', 'all best', 'regards', 'kind|best|warm|warmest|kindest|many regards',
  'thanks', 'thank you', 'thanks|thank you? again|much|regards', 'thanks|thank you? so|very much', 'thanks a lot|bunch|ton',
  'thanks in advance', 'many thanks', 'thx', 'thnx', 'tks', 'cheers', 'cheers again', 'cheers mate', 'sincerely', 'yours', 'yours sincerely|truly|faithfully',
  'sincerely yours', 'warmly', 'warm|best|good wishes', 'with thanks|gratitude|appreciation', 'with best|warm|kind|warmest regards|wishes',
  'respectfully', 'take care', 'talk|speak soon', 'see you soon', 'love', 'xx', 'xxx', 'xo', 'xoxo', 'hugs', 'ciao',
  'abraço|abraços|abrazos|besos|bises|groeten|saludos|bisous|gracias|obrigado|obrigada|danke|merci|grazie|shukran|asante',
  'un abrazo|abbraccio', 'ngā|nga mihi', 'ngā|nga mihi nui', 'à|a bientôt|bientot', 'cordialement', 'mit freundlichen grüßen',
  'viele|liebe grüße', 'lg', 'vg', 'mvg', 'met vriendelijke groet', 'hilsen', 'mvh', 'atenciosamente', 'cumprimentos', 'saludos cordiales',
  'create|have a great|lovely|good|nice day|week|weekend', 'onwards', 'peace', 'stay well', 'be well', 'until next time',
];

// A bare closing thanks that ends the body ("Thanks!", "Thank you.", "Cheers!", "Many thanks",
// "Thx") is part of the sign-off, even on the line of the last sentence: it is no element.
// Each must fill its sentence ("Thanks for the intro!" is prose): words of thanks, in any
// spelling or language, with only the words such thanks are made of around them ("Thank you
// kindly", "Thx a lot!", "Many thanks in advance", "Cheers, and thanks!", "Much obliged").
// Unanchored at the start: sign-off.ts also looks for thanks after an end mark mid-sentence.
const THANKS = 'thanks|thank|thanking|thx|thnx|thanx|tks|tnx|ty|tysm|thankyou|cheers|ta|appreciated|appreciate|obliged|gratitude|merci|gracias|obrigado|obrigada|danke|grazie|asante|salamat|shukran|dhanyavaad|dhanyavad|arigato|spasibo|kiitos|mahalo|dziekuje|dziękuję|takk|tack';
const AROUND = 'you|u|ya|yall|so|very|ever|much|muchly|a|lot|lots|loads|heap|heaps|bunch|bunches|ton|tons|million|again|indeed|in|advance|kindly|kind|warm|big|many|for|your|time|consideration|considering|cooperation|patience|understanding|reading|attention|and|as|always|with|regards|it|all|once|more|really|truly|sincerely|po|sana|sir|madam|ma|am|everyone|guys|friend|mate|x|xx|sm|beforehand';
export const CLOSING_THANKS = [`${AROUND}+? ${THANKS} ${AROUND}|${THANKS}+? $`];
