// What gives a stranger a reason to accept (the seed's Scenario 3): a name-drop, appreciation
// of their specific work, an asymmetric tie (reader, listener, attendee, customer), or a
// hiring or business interest in them. Not reasons on their own (RULES.md): "I came across
// your profile" or a LinkedIn suggestion, a shared group, school, profession or city, a count
// of unnamed mutual connections, generic praise of their career, admiring a famous third party
// or following the same people, the writer's own job search.
import type { Cue } from './catalogue.js';

/** Things a person makes that one can specifically appreciate (patterns inflect: "talk"
 *  also matches "talks"). */
const WORK = [
  'talk', 'article', 'post', 'blog', 'book', 'webinar', 'keynote', 'podcast', 'episode', 'newsletter', 'paper', 'research',
  'thread', 'tweet', 'video', 'course', 'lecture', 'seminar', 'session', 'presentation', 'panel', 'workshop', 'demo',
  'interview', 'study', 'report', 'guide', 'tool', 'library', 'project', 'app', 'shop', 'store', 'product', 'photo',
  'photography', 'art', 'artwork', 'music', 'album', 'column', 'essay', 'piece', 'series', 'channel', 'show', 'framework',
  'template', 'checklist', 'design', 'zine', 'documentary', 'film', 'repo', 'package', 'plugin', 'slide',
  'deck', 'speech', 'sermon', 'class', 'tutorial', 'writing', 'writeup', 'write-up', 'case', 'poem', 'poetry', 'novel',
  'story', 'exhibition', 'gallery', 'portfolio', 'restaurant', 'bakery', 'cafe', 'café', 'brewery',
  'vineyard', 'winery', 'farm', 'studio', 'campaign', 'initiative', 'programme', 'program', 'feed', 'site',
  'website', 'answer', 'comment', 'review', 'tips', 'insight', 'analysis', 'thesis', 'dissertation', 'patent', 'invention',
  'code', 'open-source', 'contribution', 'performance', 'concert', 'gig', 'substack', 'youtube',
  'tiktok', 'instagram', 'dataset', 'data', 'map', 'model', 'software', 'font', 'typeface', 'game', 'pattern', 'kit',
  'work', 'chapter', 'op-ed', 'editorial', 'vlog', 'recipe', 'cookbook', 'textbook', 'sketch', 'illustration', 'comic', 'print', 'furniture', 'pottery', 'wine', 'coffee',
  'beer', 'yarn', 'clothes', 'jewellery', 'jewelry', 'bread', 'cake', 'menu', 'dish', 'note', 'poster', 'walkthrough',
  'band', 'choir', 'credits', 'subtitles', 'translation', 'photograph', 'flour', 'rye', 'cheese', 'honey', 'soap',
  'ceramics', 'chocolate', 'curriculum', 'lesson', 'song', 'record', 'broadcast', 'radio', 'method', 'approach', 'case-study',
  'whitepaper', 'playbook', 'toolkit', 'handbook', 'manual', 'protocol', 'technique', 'reel', 'livestream', 'stream',
  'clinic', 'salon', 'garage', 'foundation', 'charity', 'nonprofit', 'ngo', 'school', 'academy', 'lab',
  'mural', 'sculpture', 'installation', 'cartoon', 'animation', 'carousel', 'slideshow', 'infographic', 'visualisation',
  'visualization', 'dashboard', 'devlog', 'changelog', 'mod', 'level', 'soundtrack', 'restoration', 'renovation', 'refit', 'rebuild', 'conversion', 'fit-out',
].map((word) => `${word}:n`).join('|');

/** Things the writer may invite them to: an invitation is a business interest in them. */
const EVENTS = 'roundtable|panel|event|workshop|meetup|dinner|webinar|summit|breakfast|salon|reunion|ride|memorial|party|clinic|fundraiser|walk|run|conference|retreat|podcast|show|festival|lunch|mixer|hackathon|masterclass|class|course|trip|tour|gala';

/** Praise of a career rather than of specific work is not a reason. */
const CAREER = 'your profile|career|experience|background|journey|achievements|accomplishments|success|résumé|resume|cv';
/** Career praise that names a field ("your career in product") is still career praise. */
const CAREER_IN = `${CAREER} ...2 in|on|with|at|across|building ...2 ${WORK}`;
/** The writer's own job search is not the recipient's work. */
const JOB_SEARCH = ['looking|searching|hunting for ...3 job|role|position|opportunity|work|internship|placement|apprenticeship', 'open to work'];

export const REASON_CUES: Cue[] = [
  {
    id: 'reason.name-drop',
    kind: 'name-drop',
    label: 'a mutual contact who knows them',
    patterns: [
      '@Name ..6 suggest|recommend|mention|say|tell|think|point|refer|introduce|insist|urge|speak|rave|vouch|reckon|believe|figure|swear',
      '@Name is|was a|an|my ...2 friend|colleague|client|mentor|neighbour|neighbor|classmate|cousin|partner|teammate|boss|manager|brother|sister|aunt|uncle',
      'friend|colleague|contact|client|cousin|mentor|manager|boss|teammate of @Name',
      'my|our|mutual ...2 friend|colleague|contact|mentor|manager|boss|teammate @Name',
      '@Name ..4 who|she|he ...3 know|work|train|study|serve|trust|play|sing ...2 with? you', '@Name ..6 give|pass|share|forward me your', 'through|via @Name @Name', 'introduce|refer by @Name', 'put me in touch', 'pass on your name', 'give me your name', 'point me to|towards|your you',
    ],
    unless: ['@Name ..6 says|said ...3 we should all', 'we both follow'],
    match: ['Steve Latham suggested I get in touch.', 'Inês Carvalho pointed me your way.', 'I asked Tomasz Wróbel, who worked with you at the port, and he agreed.', 'My colleague Tunde says you are the kiln expert.', 'I was referred by Grace Okafor.'],
    noMatch: ['Someone suggested I get in touch.', 'We both follow Adam Grant.', 'Brené Brown says we should all be braver.'],
  },
  {
    id: 'reason.appreciation',
    kind: 'appreciation',
    label: 'appreciation of their specific work',
    patterns: [
      `your ...3 ${WORK}`,
      'your work on|in|with|at|for|around',
      `love|enjoy|attend|like|=liked|appreciate|devour|watch|read|hear|see|admire|binge|bookmark|share|forward|print ...4 the|that|this ...3 ${WORK}`,
      'heard|saw|watched|caught you speak|talk|present|perform|play|on|at|interviewed',
      'you =spoke|=presented|=talked|=performed at|on',
      'you =built|=designed|=wrote|=created|=painted|=photographed|=shot|=produced|=directed|=cooked|=baked|=brewed|=crafted|=restored|=composed|=illustrated|=curated|=edited|=published|=launched|=founded|=developed|=led|=organised|=organized|=started',
      'thank ...3 for writing|sharing|creating|making|building|publishing|recording|hosting|organising|organizing|running|teaching',
      // Work their organisation did: "your firm did the wiring on the new library".
      'your firm|team|company|studio|practice|agency|crew|shop|lab|department|unit|ward ...4 @past',
    ],
    // Noticing what writer and recipient share ("I see we both trained at the school") is a
    // shared affiliation, not their work.
    unless: [CAREER_IN, 'your company|team|firm ...3 hiring|recruiting', ...JOB_SEARCH, 'see|notice that? we'],
    match: ['Loved your webinar on Linked Intelligence.', 'Your thread on cold-chain logistics changed how we pack vaccines.', 'I heard you speak at the Lagos fintech week.', 'The pergola you built for the Haxby café is beautiful.', 'I found your profile through your essay on boring infrastructure.', 'Your studio restored the mosaics at the Gdynia station.', 'Your devlog on water shaders saved my project.'],
    noMatch: ['I was impressed by your profile.', 'Your career in product is inspiring.', 'I love a good book.', 'I am looking for opportunities in your company.', 'I came across your profile while researching the sector.', 'I see we both studied at the Lagos film school.'],
  },
  {
    id: 'reason.asymmetric',
    kind: 'asymmetric',
    label: 'you read, use or buy their work',
    patterns: [
      'i am|was|have|had been? ...3 reader|listener|subscriber|fan|follower|viewer|attendee',
      // A student, member or customer of theirs, not of anything: "a regular at your taproom".
      'i am|was|have|had been? ...3 customer|client|student|user|patron|member|buyer|supporter|backer|alumnus|participant|patient|learner|mentee|guest|donor|stockist|reseller|regular|graduate|trainee|apprentice ...3 your|yours',
      'i|we ...3 =eaten|=dined|=shopped|=stayed|=trained|=eat|=shop|=stay|=train|=bank|=banked ...3 at|in|with your',
      'in the audience', 'i was|were at|in your',
      'i|we ...3 attend|take|buy|read|reread|use|follow|watch|listen|subscribe|order|try|wear|own|cook|play|devour|stream|quote|teach|cite|assign|recommend|stock|prescribe|install|fit|sell|serve|binge ...4 your',
      'we|i have ...2 =bought|=ordered|=used|=stocked|=sold|=read|=followed|=watched|=listened|=installed|=prescribed', 'from your shop|store|farm|bakery|studio|site|website|mill|kitchen|workshop|clinic|pharmacy|yard|warehouse|factory|showroom|nursery|market|stall|dairy|roastery|depot|press|label|brewery|winery|vineyard',
      // Bought from them, whoever the buyer: "my crew has bought every crate from your warehouse".
      '=bought|=ordered|=sourced|=stocked|=used ...6 from your',
      'has|have been ...2 =using|=baking|=buying|=ordering|=serving|=stocking|=selling|=wearing|=reading|=cooking|=brewing|=playing|=teaching|=citing|=installing|=prescribing ...4 your',
      'long-time|longtime|regular|loyal|devoted|avid|big|huge reader|listener|subscriber|fan|follower|customer|client|viewer|user|patient',
      // They cared for the writer or family: a patient's or pupil's tie.
      'you =looked|=cared|=treated|=helped|=saved|=taught|=coached|=nursed|=operated|=delivered|=examined|=supported ...3 after|for|my|me|our|us',
    ],
    unless: [CAREER_IN, `read|hear|know ...3 ${CAREER}`, 'follow|walk in your footsteps|path|steps', 'fan|admirer|follower of @Name', 'fan|admirer|follower|reader|listener ...4 like you', 'fan|admirer|follower|reader|listener ...4 as well as you', 'we both follow|read|admire', 'member of|in'],
    match: ['I’m a regular at your taproom on Division Street.', 'I have eaten at your taqueria every Friday since it opened.', "I'm a long-time reader of your newsletter.", 'We have stocked your honey at our deli for two years.', 'I was one of the patients in your knee-clinic pilot.', 'You taught my son to swim at the Ealing baths.', 'My team has ordered every print run from your press since 2019.'],
    noMatch: ['I have read about your career with admiration.', 'I hope to follow in your footsteps one day.', 'I’m a first-year law student at Georgetown, where you studied.', 'I am a big admirer of Brené Brown, like you.', 'I am a fellow member of the Lagos product managers group.', 'We both follow Adam Grant.'],
  },
  {
    id: 'reason.hiring',
    kind: 'hiring',
    label: 'a role for them',
    patterns: [
      'we|i|team|company|firm|client|startup|start-up|lab|agency|studio|practice|organisation|organization|trust|school|charity|department|group|business|hospital|clinic|site|crew ...3 =hiring|=recruiting|=recruit|=hire|=headhunting|=sourcing',
      'i lead|run|do|handle|manage ...2 recruiting|recruitment|hiring|talent',
      'job|role|position|vacancy|opening|opportunity|locum|contract|shift|post ...4 you might|may|could|would|fit|suit|perfect|ideal',
      'we|i have|got got? a|an|one|two|three|four|five|several|some|new|open|exciting|great|senior|junior|part-time|full-time|permanent|temporary|paid ...3 job|opening|vacancy|role|position|contract|gig|project|brief|locum|shift', '^ =hiring|=recruiting', 'are|is|am =hiring|=recruiting',
      'would love|like|want you to join|lead|run|head|manage|be|take|speak|present|teach|consult|cover',
      'i am a|an ...2 recruiter|headhunter|sourcer', 'i lead|run|do ...2 talent|recruiting', 'strong|great|good|perfect|natural|ideal fit|match for',
      'contract work', 'steady stream of work', 'about|offer|discuss ...3 contract|commission|gig|assignment|role|position|opening|vacancy|project|locum',
      'we|i|team|studio|company|firm|agency|lab|practice|hospital|clinic are|am|is ...2 looking|hunting|searching for a|an|someone|somebody',
      'looking for ...3 expert|consultant|adviser|advisor|translator|speaker|partner|supplier|vendor|freelancer|contractor|designer|developer|writer|photographer|investor|guest|panellist|panelist|judge|illustrator|someone|somebody|electrician|plumber|nurse|engineer|accountant|bookkeeper|mentor|tutor',
      'hunting|searching for a|an ...3 for our|my', 'invest in your', 'your background|experience|skills ...6 fit|match|suit|perfect|ideal',
      'fit|match|suit your ...3 background|experience|expertise|profile|skill|work|portfolio|record',
      'we|i are|am =staffing|=building|=growing|=assembling|=expanding ...3 team|unit|ward|department|crew|practice|office|clinic|squad|lab|bench',
      'exactly|just what we ...2 need|want|are looking', 'could|can really? use someone|somebody|your|a',
    ],
    unless: [
      'are you hiring|recruiting', 'is your ...3 hiring|recruiting', 'looking|hunting|searching for ...3 job|role|position|opportunity|work|internship|mentor|challenge|placement|apprenticeship',
      'my job search', 'i am job hunting|searching', 'open to work', 'i am looking for my', 'hire me',
    ],
    match: ['We are staffing a new oncology unit in Leeds.', 'We are hiring a head of data in Nairobi.', 'I have a locum shift that might suit you.', 'Our clinic is looking for a part-time physio.', 'Hiring a site manager for our Gdańsk yard.', 'We would love you to head our new depot.'],
    noMatch: ['Are you hiring?', 'I am looking for a new role in logistics.', 'Please consider me for the opening.', "I've just started as a project manager in Leeds."],
  },
  {
    id: 'reason.business',
    kind: 'business',
    label: 'a business interest in them',
    patterns: [
      'the brief|our rates|our fees|a quote', 'outsource', 'outsourcing', 'commission you|your',
      'would|i\'d|love|like|want|keen|hoping ...3 to feature|interview|hire|commission|book|invite|profile|stock|carry|sell|license|licence|sponsor|fund|partner|supply|quote|pitch|distribute|import|export|buy|order|cater|sub-contract|subcontract',
      'talk|discuss|explore ...3 supplying|partnering|working|stocking|investing|hiring|collaborating|sponsoring|licensing|distributing|buying|selling|catering',
      'work with you|your ...2 team|company|firm|studio|business|project', 'supply|quote|tender ...3 your|you',
      'we|i ...2 need a|an|someone|somebody|help', 'our|my ...2 firm|team|company|clinic|practice|school|lab|startup|business|group|agency|studio|hospital|charity|organisation|organization need|want|require', 'our|my ...2 firm|team|company|clinic|practice|school|lab|startup|business|group|agency|studio|hospital|charity|organisation|organization is looking',
      'acquire ...2 your', 'buy ...2 your business|company|firm|practice|agency|stake|share:n', 'pilot|trial|test ...2 your', 'could|can|would you ...2 quote|price|pitch|bid|tender', 'a quote|quotation|price|estimate for',
      'do|would you take on|accept ...2 new? client|customer|patient|project|student|work',
      'business|partnership|collaboration|investment|sponsorship|speaking|consulting|freelance|paid|work|licensing|wholesale|stockist opportunity|proposal|enquiry|inquiry|request',
      'interested in ...2 your|stocking|buying|carrying|investing|partnering|working|hiring|commissioning|featuring|booking|ordering',
      // A pitch: what the writer's business could do for theirs.
      'we|i could|can ...3 help|cut|save|reduce|lower|improve|boost|grow|speed|streamline|simplify|halve ...4 your|you',
      'love|like|keen|want to show|walk you ...2 how|what|through', 'share|send ...2 our ...3 details|offer|catalogue|brochure|pricing|rates|scholarship|programme|program|proposal',
      'about|discuss|for ...2 a|an|your ...2 order|contract|deal|tender',
      // Their shop as an outlet: "we would love to see it on the counter of your fromagerie".
      'see|get our|my|it|them ...3 on|in|at ...3 your ...3 shelf|counter|menu|store|shop|range|catalogue|list|deli|bar|stand|stall|fromagerie|boutique|pharmacy', 'want|need|would like your|you ...2 team|firm|company|help|expertise|services|crew|on',
      'we|i are|am tendering|quoting|bidding|pricing|sourcing', '^ =tendering|=quoting|=sourcing',
      // An invitation to something of the writer's: a seat, a panel, a roundtable.
      'would you|your ...4 like|want|care|fancy|be ...3 seat|spot|place|ticket|invite|invitation|slot|speak|present|judge|mentor', 'save you a seat|spot|place', 'invite you to ...3 speak|join|attend|present|our|a|the',
      // The writer's own event: "we are running a tour", not "you're running another tour".
      `i|we ..3 =putting|=lining together|up ...4 ${EVENTS}`, `^ =putting|=lining together|up ...4 ${EVENTS}`,
      `i|we ..3 =organising|=organizing|=hosting|=running|=planning|=arranging|=starting ...4 ${EVENTS}`, `^ =organising|=organizing|=hosting|=running|=planning|=arranging|=starting ...4 ${EVENTS}`,
      `${EVENTS} ...3 i|we am|are =hosting|=organising|=organizing|=running|=planning`,
      'would love|like to have you ...2 there|join|speak|on|at|come',
    ],
    unless: ['looking|hunting|searching for ...3 job|role|position|opportunity|work|internship|placement', 'my job search', 'need a job|role|reference'],
    match: ['We are planning a memorial ride in May and I’m reaching everyone who rode with him.', 'Our firm needs an expert witness in maritime salvage.', 'We’d love to talk about acquiring your practice.', 'We need a bookkeeper for our three cafés: do you take on new clients?', 'We would love to stock your chutneys in our shops.', 'Could you quote for rewiring a two-bed flat?', 'We move frozen freight across Utah daily and I think we could halve your haulage bill.', 'We are putting together a breakfast panel on rural broadband: would you like a seat?', 'I’d love to show you how our kilns cut firing costs.', 'Could I call you about a bulk order of pallets?', 'We would love to see our jams on the shelves of your deli.'],
    noMatch: ['I need a job in marketing.', 'I am looking for opportunities in Berlin.', 'Any chance you’re running another walking tour this summer?', 'I’ve been buying your hand-dyed yarn for three years.'],
  },
];
