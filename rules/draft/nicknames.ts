// Common short forms of given names, for name-mismatch ("Bob" for "Robert", "Peggy" for
// "Margaret", "Jim" for "James": RULES.md's nickname table, matched either way round).
//
// Source: curated by hand for invitelint from everyday English usage (the forms a colleague
// would call you by), plus a few short forms common in other languages that English-speaking
// networks use (Sasha, Paco, Funmi). Forms the rule accepts anyway, a prefix ("Dan" for
// "Daniel") or an ending of four or more letters ("Beth" for "Elizabeth"), need not be
// listed. Kept small on purpose: a genealogy-sized table
// accepts pairs writers would call wrong (rules/name-mismatch.test.ts checks "Chris" for
// "Charles" and "Anna" for "Hannah" still fire). Each line: `name: short forms`; a line may
// list spellings of one name ("catherine katherine ...") before the colon.
const TABLE = `
abigail: abby abbie gail
alexander alexandre: alec lex sandy xander sasha
alexandra alexandria: lexi lexie sandy sandra sasha
alfred: alfie freddie fred
alice: ally allie
allison alison: allie
andrew: andy drew
anthony antony: tony
antonio: tony toni
arthur: artie
barbara: barb barbie babs
benjamin: benji benny
bernard: bernie
bridget: bridie biddy
caroline carolyn: carrie caz
catherine katherine kathryn katharine kathleen cathy kathy: kate katie kat kit kay kath cath
charles: charlie chuck chaz chas
charlotte: charlie lottie lotte
christina christine: chrissy kris kristy
christopher: kit topher
cynthia: cindy
daniel: danny
danielle daniela: dani
david: dave davy
deborah: debbie debs
dorothy: dot dottie dolly
edward: eddie ned ted teddy
eleanor: ellie nell nora
elizabeth: liz lizzie lizzy betty betsy libby eliza lisa elsie bess bessie
emily: emmy
francis frances: frankie
frederick: freddie
gabriel: gabe
gabrielle gabriela: gabby gabi
gerald: gerry jerry
geoffrey jeffrey: geoff jeff
harold: harry hal
harriet: hattie
henry: harry hank hal
isabel isabella isabelle: izzy bella
jacob: jake
james: jim jimmy jamie
jennifer: jenny jenn
jessica: jessie
john: jack johnny
jonathan: jonny
joseph: joey
judith: judy
kenneth: kenny
lawrence laurence: larry laurie
leonard: lenny
lucas: luke
madeleine madeline: maddie
margaret: maggie meg peggy marge margie greta daisy
matthew: matty
melissa: missy
michael: mike mick mikey mickey
michelle: shelly
nathaniel nathan: nate
nicholas nicolas: nicky
nicole: nicky nikki
olivia: liv livvy
patricia: patty trish tricia
patrick: paddy
penelope: penny
peter: pete
philip phillip: pip
raymond: ray
rebecca: becky becca
richard: rick ricky rich dick
robert: bob bobby robbie bert
ronald: ronnie
samantha samuel: sammy
sarah sara: sally sadie
stephanie: stephie
stephen steven: steve stevie
susan suzanne: sue susie suzy
terence terrence: terry
theodore: ted teddy
thomas: tom tommy
timothy: timmy
victoria: vicky tori
vincent: vinny
walter: wally
william: bill billy will willy liam
aleksandr aleksandra: sasha
mikhail: misha
dmitri dmitry: dima
ekaterina yekaterina: katya
francisco: paco pancho
jose: pepe
ignacio: nacho
guadalupe: lupe
giuseppe: beppe peppe
olufunmilayo: funmi
oluwatobiloba: tobi
anastasia: nastya stacy stacey
natalia natalya: natasha nata
maria: masha mariya
daria darya: dasha
tatiana tatyana: tanya
olga: olya
svetlana: sveta
yevgeny evgeny evgenia yevgenia: zhenya
ivan: vanya
aleksey alexei alexey: lyosha alyosha
sergei sergey: seryozha
beatriz beatrice: bia bea trixie
eduardo eduarda: duda edu
fernanda fernando: nanda nando
rafael rafaela: rafa
roberto: beto
alberto: beto
jesus: chucho chuy
manuel manuela: manolo manu
enrique: quique kike
concepcion: concha conchita
dolores: lola
rosario: charo
`;

/** Each name (folded) to its short forms, and each short form to its names. */
export const SHORT_FORMS: ReadonlyMap<string, ReadonlySet<string>> = (() => {
  const map = new Map<string, Set<string>>();
  const link = (from: string, to: string) => {
    if (!map.has(from)) map.set(from, new Set());
    map.get(from)!.add(to);
  };
  for (const line of TABLE.trim().split('\n')) {
    const [names, shorts] = line.split(':').map((part) => part.trim().split(/\s+/));
    for (const name of names) {
      for (const short of shorts) {
        link(name, short);
        link(short, name);
      }
    }
  }
  return map;
})();

/** The table's rows, for tests: the names before the colon and the short forms after it. */
export const NICKNAME_ROWS = TABLE.trim().split('\n').map((line) => line.split(':').map((part) => part.trim().split(/\s+/)) as [string[], string[]]);

/** Endings that turn a given name into one of another gender ("Daniel" → "Danielle", "Paul" →
 *  "Paula", "Joseph" → "Josephine"): a name that extends another by one of these is another
 *  person's. A bare "e" or "h" is left out: "Ann"/"Anne" and "Sara"/"Sarah" are spellings. */
export const GENDERED_ENDINGS = ['a', 'ia', 'ina', 'ine', 'le', 'lle', 'elle', 'ette', 'etta'];
