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
// Each must fill its sentence: "Thanks for the intro!" is prose.
export const CLOSING_THANKS = [
  'thanks', 'thank you', 'thanks|thank you? so|very much', 'thanks|thank you? again', 'thanks|thank you? in advance',
  'thanks|thank you? so much again', 'many|big thanks', 'thanks a lot|bunch|ton|million', 'thanks much', 'much appreciated',
  'thx', 'thnx', 'tks', 'ty', 'ta', 'cheers', 'cheers again', 'merci', 'gracias', 'obrigado|obrigada', 'danke', 'grazie', 'asante',
];
