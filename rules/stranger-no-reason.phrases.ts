// What gives a stranger a reason to accept (the seed's Scenario 3): a name-drop, appreciation
// of their specific work, an asymmetric tie (reader, listener, attendee, customer), or a
// hiring or business interest in them. Each list is a cue kind; see draft/cues.ts.
import type { CueList } from './draft/cues.js';

/** Things a person makes that one can specifically appreciate. */
export const WORK = [
  'talk', 'talks', 'article', 'articles', 'post', 'posts', 'blog', 'book', 'books', 'webinar', 'webinars', 'keynote',
  'podcast', 'episode', 'episodes', 'newsletter', 'paper', 'papers', 'research', 'thread', 'threads', 'tweet', 'tweets',
  'video', 'videos', 'course', 'lecture', 'lectures', 'seminar', 'seminars', 'session', 'presentation', 'panel',
  'workshop', 'demo', 'interview', 'study', 'report', 'guide', 'tool', 'library', 'project', 'app', 'shop', 'store',
  'products', 'product', 'photos', 'photography', 'art', 'artwork', 'music', 'album', 'recipes', 'column', 'essay',
  'essays', 'piece', 'series', 'channel', 'show', 'framework', 'template', 'checklist', 'designs', 'zines', 'zine',
  'documentary', 'film', 'films', 'repo', 'package', 'plugin', 'recording', 'slides', 'deck', 'speech', 'sermon',
  'classes', 'class', 'tutorial', 'tutorials', 'writing', 'writeup', 'write-up', 'case', 'poems', 'poetry', 'novel',
  'stories', 'story', 'reporting', 'exhibition', 'gallery', 'portfolio', 'startup', 'restaurant', 'bakery', 'cafe',
  'brewery', 'vineyard', 'winery', 'farm', 'studio', 'company', 'campaign', 'initiative', 'programme', 'program',
  'feed', 'site', 'website', 'answers', 'answer', 'comment', 'comments', 'review', 'reviews', 'advice', 'tips',
  'insights', 'analysis', 'thesis', 'dissertation', 'patent', 'invention', 'code', 'open-source', 'contribution',
  'contributions', 'performance', 'concert', 'gig', 'set', 'newsletters', 'substack', 'youtube', 'tiktok', 'instagram',
  'dataset', 'datasets', 'data', 'map', 'maps', 'model', 'models', 'software', 'font', 'fonts', 'typeface', 'game', 'games',
  'patterns', 'pattern', 'kits', 'kit', 'recipe', 'cookbook', 'textbook', 'notes', 'sketches', 'illustrations', 'comics',
  'prints', 'furniture', 'pottery', 'wines', 'coffee', 'beers', 'yarn', 'clothes', 'jewellery', 'jewelry', 'bread', 'cakes',
  'menu', 'dishes', 'note', 'notes', 'poster', 'posters', 'walkthrough', 'band', 'choir', 'credits', 'subtitles',
  'translations', 'translation', 'photographs', 'flour', 'rye', 'cheese', 'honey', 'soap', 'ceramics', 'chocolate', 'course', 'curriculum', 'lessons', 'songs', 'song', 'records', 'record', 'episode', 'broadcast', 'radio',
  'work on', 'work in', 'work with', 'work at',
].join('|');

const WORK_LAST = WORK.split('|').filter((w) => !w.includes(' ')).join('|');

export const REASON_CUES: CueList[] = [
  {
    kind: 'name-drop',
    patterns: [
      '@Name ..6 suggested|recommended|mentioned|said|says|told|thought|pointed|referred|introduced|suggests|recommends|insisted|urged|speaks|spoke|raves|raved|vouched|reckons|reckoned|believes|believed|figured|insists|swears|swore|mentions|thinks|tells',
      '@Name is|was a|an|my ...2 friend|colleague|client|mentor|neighbour|neighbor|classmate|cousin|partner|teammate',
      'friend|colleague|contact|client|cousin|mentor|manager|boss|teammate of @Name',
      'my|our|mutual ...2 friend|colleague|contact|mentor|manager|boss|teammate @Name',
      'through|via @Name @Name', 'introduced|referred by @Name', 'put me in touch', 'passed on your name', 'gave me your name', 'pointed me to|towards you',
    ],
  },
  {
    kind: 'appreciation',
    patterns: [
      `your ...3 ${WORK_LAST}`,
      `your work on|in|with|at`,
      `loved|enjoyed|attended|liked|appreciated|devoured|watched|read|heard|saw|admired|love|enjoy|admire ...4 the|that|this ...3 ${WORK_LAST}`,
      'heard|saw|watched|caught you speak|talk|present|perform|play|on|at|interviewed',
      'you spoke|presented|talked|performed at|on',
      // Their specific work, named by what they did: "the counter you built for Haxby's café".
      'you built|designed|wrote|created|painted|photographed|shot|produced|directed|cooked|baked|brewed|crafted|restored|composed|illustrated|curated|edited|published|launched|founded',
      'thank you|thanks ...3 for writing|sharing|creating|making|building|publishing|recording|hosting|organising|organizing|running',
    ],
    unless: ['your profile|career|experience|background|journey|achievements|accomplishments|success'],
  },
  {
    kind: 'asymmetric',
    patterns: [
      'i am|was|have|had been? ...3 reader|readers|listener|listeners|subscriber|subscribers|fan|fans|follower|followers|customer|customers|client|clients|student|students|user|users|viewer|viewers|attendee|attendees|patron|member|buyer|supporter|backer|alumnus|participant',
      'i was in the audience', 'in the audience',
      'i|we ...3 attended|took|bought|buying|read|reading|reread|use|used|using|follow|followed|following|watch|watched|watching|listen|listened|listening|subscribe|subscribed|buy|ordered|ordering|tried|trying|wear|wearing|own|cooked|cooking|played|playing|devoured|streamed|streaming|quoted|quoting|taught|teaching|cited|citing|assigned|recommended|recommending ...4 your',
      'we|i have ...2 bought|ordered|used|stocked|sold|read|followed|watched|listened', 'from your shop|store|farm|bakery|studio|site|website|mill|kitchen|workshop',
      'has|have been ...2 using|baking|buying|ordering|serving|stocking|selling|wearing|reading|cooking|brewing|playing|teaching|citing ...4 your',
      'long-time|longtime|regular|loyal|devoted|avid|big|huge reader|listener|subscriber|fan|follower|customer|client|viewer|user',
    ],
    unless: ['your profile|career|experience|background|journey|achievements|accomplishments|success'],
  },
  {
    kind: 'hiring',
    patterns: [
      'we|i|team|company|firm|client|clients|startup|start-up|lab|agency|studio|practice|organisation|organization|trust|school|charity|department|group|business ...3 hiring|recruiting|recruit|hire|headhunting|sourcing',
      'i lead|run|do|handle|manage ...2 recruiting|recruitment|hiring|talent',
      'job|role|position|vacancy|opening|openings|vacancies|roles|positions|opportunity ...4 you might|may|could|would|fit|suit|perfect|ideal',
      'we|i have|got got? ...3 job|opening|openings|vacancy|vacancies|role|roles|position|positions|contract|gig|project|brief',
      'looking for ...3 experts|expert|consultant|consultants|adviser|advisers|advisor|advisors|translator|translators|speaker|speakers|partner|partners|supplier|suppliers|vendor|vendors|freelancer|freelancers|contractor|contractors|designer|designers|developer|developers|writer|writers|photographer|photographers|investor|investors|guest|guests|panellist|panelist|panelists|judges|judge|illustrator|illustrators|someone|somebody',
      'contract work', 'steady stream of work', 'about|offer|offering|discuss ...3 contract|commission|gig|assignment|role|position|opening|vacancy|project',
      'we|i|team|studio|company|firm|agency|lab|practice are|am|is ...2 looking|hunting|searching for a|an|someone|somebody',
      'hunting|searching for a|an ...3 for our|my', 'the brief|our rates|our fees|a quote', 'outsource', 'outsourcing', 'commission you|your', 'invest in your',
      'would|i\'d|love|like|want|keen|hoping ...3 to feature|interview|hire|commission|book|invite|profile|stock|carry|sell|license|licence|sponsor|fund|partner|supply|quote|pitch|distribute|import|export|buy',
      'talk|discuss|explore ...3 supplying|partnering|working|stocking|investing|hiring|collaborating|sponsoring|licensing|distributing|buying|selling',
      'work with you|your ...2 team|company|firm|studio|business|project', 'supply|supplying|quote|tender ...3 your|you',
      'we|i ...2 need|needs a|an|someone|somebody|help', 'could|can|would you ...2 quote|price|pitch|bid|tender', 'a quote|quotation|price|estimate for',
      'fits|fit|matches|match your ...2 background|experience|expertise|profile|skills',
      'business|partnership|collaboration|investment|sponsorship|speaking|consulting|freelance|paid|project|work|licensing|wholesale|stockist opportunity|opportunities|proposal|idea|offer|enquiry|inquiry|request',
      'interested in ...2 your|stocking|buying|carrying|investing|partnering|working|hiring|commissioning|featuring|booking',
    ],
    unless: [
      'are you hiring|recruiting', 'is your ...3 hiring|recruiting', 'looking|hunting|searching for ...3 job|jobs|role|roles|position|opportunities|opportunity|work|internship|mentor|challenge|placement',
      'my job search', 'i am job hunting|searching',
    ],
  },
];
