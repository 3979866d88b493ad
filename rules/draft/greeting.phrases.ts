// Salutations that open a draft. Repeated letters are folded before comparing ("Heyyy" = "hey").
export const SALUTATIONS = [
  'hi', 'hello', 'hey', 'hiya', 'heya', 'howdy', 'dear', 'greetings', 'yo', 'sup',
  'good morning', 'good afternoon', 'good evening', 'good day', "g'day", 'morning', 'afternoon', 'evening',
  'hoi', 'hallo', 'hej', 'moin', 'servus', 'hola', 'olá', 'ola', 'oi', 'bonjour', 'salut', 'ciao', 'salve',
  'namaste', 'kia ora', 'salaam', 'salam', 'shalom', 'sawubona', 'jambo', 'ahoj', 'cześć', 'czesc', 'merhaba',
  'konnichiwa', 'annyeong', 'ni hao', 'aloha', 'hei', 'tere', 'sveiki', 'labas', 'szia', 'bok', 'zdravo',
];

/** Courtesy titles: a greeting with one of these is compared with the surname. */
export const TITLES = ['mr', 'mrs', 'ms', 'mx', 'miss', 'dr', 'prof', 'professor', 'doctor', 'sir', 'madam', 'dame'];

/** Words after a salutation that address nobody in particular. */
export const NOT_A_NAME = [
  'there', 'all', 'everyone', 'everybody', 'team', 'folks', 'friend', 'friends', 'you', 'guys', "y'all",
  'again', 'both', 'and', 'from', 'to', 'sir', 'madam', 'colleague', 'colleagues', 'neighbour', 'neighbor',
  'stranger', 'mate', 'buddy', 'pal', 'thanks', 'thank', 'great', 'good', 'lovely', 'hope', 'just', 'quick', 'congrats',
  'congratulations', 'happy', 'welcome', 'long',
];

/** Lower-case surname particles allowed inside a titled name ("Ms. van der Berg"). */
export const SURNAME_PARTICLES = ['van', 'von', 'der', 'den', 'de', 'da', 'di', 'du', 'la', 'le', 'del', 'dos', 'das', 'bin', 'al', 'el', 'ten', 'ter'];
