// Context, the seed's first element: a sentence that says how the two know each other or what
// brought the recipient to mind. A stranger's reasons (reason.cues.ts) count as context too.
// Not context: a bare "it's been ages", "you may not remember me", pleasantries, or the
// writer's own news alone.
import type { Cue } from './catalogue.js';
import { WISH_WORDS } from './english.js';

/** Verbs of doing something together, in their base forms (patterns inflect them). */
const TOGETHER = 'see|meet|work|catch|chat|talk|bump|run|cook|collaborate|partner|play|hang|share|sit|host|speak|connect|hear|present|volunteer|serve|train|study|cross|sail|pair|team|jam|dance|sing|swap|compare|brainstorm|walk|hike|ride|shoot|film|record|build|fix|judge|mentor|coach|teach|learn|debate|interview|visit|fly|drive|travel|tour|perform|rehearse|race|climb|swim|dive|surf|row|paddle|camp|bake|paint|nurse|organise|organize|plan|explore|celebrate|dine';

/** Verbs of a shared past after "we" ("we shared a stand"), in the past tense: "we" in the
 *  present is as often the writer's company ("we serve 2,000 patients"). Company news
 *  ("we launched", "we grew") is not here at all. */
const SHARED_PAST = '=met|=worked|=spoke|=talked|=chatted|=studied|=shared|=collaborated|=volunteered|=served|=trained|=played|=sat|=roomed|=interned|=overlapped|=ran|=organised|=organized|=presented|=sang|=cooked|=shot|=lived|=toured|=built|=taught|=coached|=judged|=co-hosted|=hosted|=competed|=carpooled|=commuted|=flew|=hiked|=climbed|=swam|=raced|=bumped|=crossed|=spent|=sailed|=camped|=graduated|=survived|=paired|=teamed|=danced|=travelled|=traveled|=queued|=stood|=sweated|=waited|=fought|=shadowed|=covered|=nursed|=staffed|=manned|=wired|=fixed|=rebuilt';

/** The same activities in any tense, after "we both", "we all": "we both work at Acme". */
const SHARED = 'meet|work|speak|talk|chat|study|share|collaborate|volunteer|serve|train|play|sit|room|intern|overlap|sing|cook|live|tour|teach|coach|judge|compete|carpool|commute|hike|climb|swim|race|spend|sail|camp|graduate|survive|dance|travel|queue|stand|attend|go|belong|know|report|start|join|sweat|shadow|cover';

/** Things a recipient gave or did for the writer: "your tip about the grant". */
const GIFTS = 'tip|advice|help|idea|suggestion|recommendation|intro|introduction|feedback|support|input|pointer|heads-up|referral|kindness|generosity|patience|hospitality|time|notes|guidance|encouragement';

/** Shared events named by their quality: "great call this morning". */
const EVENTS = 'call|chat|meeting|talk|session|catch-up|conversation|lunch|coffee|dinner|evening|night|morning|afternoon|day|workshop|event|visit|trip|ride|game|match|jam|swim|hike|walk|tour|weekend|time|discussion|debate|exchange|panel|class|shift|meetup|conference|week|week-end|demo|party|interview|gig|set|show|concert|performance|recital|race|service|lecture|reading|screening|premiere|opening|job|graft|effort';

export const CONTEXT_CUES: Cue[] = [
  {
    id: 'context.good-time-together',
    kind: 'recalled interaction',
    label: 'a good time together',
    relationship: 'contact',
    patterns: [
      `great|good|lovely|nice|fun|wonderful|brilliant|fantastic|awesome|pleasure|treat|joy|cool|amazing|excellent|super|terrific|delightful|inspiring|privilege|honour|honor|lekker|brill|ace|cracking|boss|mint|belter|champion ...4 ${TOGETHER}`,
      '=seeing|=meeting|=bumping into? you at|on|in|during',
      'great|good|lovely|nice|fun|wonderful|brilliant|fantastic|awesome|pleasure|treat|joy|cool|amazing|excellent|super|terrific|delightful|privilege|honour|honor ...3 with|alongside|beside you',
    ],
    // Wishing them a good time is a pleasantry: "have a good catch this season".
    unless: ['look forward to', 'thank ...3 for connecting|accepting', 'to be connected', 'have a|an ...2 good|great|nice|lovely|fun|wonderful|brilliant|fantastic|awesome|amazing|super|terrific'],
    notAfter: WISH_WORDS,
    match: ['It was lekker seeing you at the braai on Sunday.', 'Great to see you at the depot open day!', 'Such a pleasure sharing the stage with you in Porto.', 'Lovely catching up over dumplings on Friday.', 'Good to sail with you at the regatta.', 'Brilliant flying the Oslo night rotation with you.', 'Cracking to share the stage with you at the folk night.'],
    noMatch: ['It would be great to meet sometime.', 'Looking forward to working with you.', 'Nice to be connected here.', 'Hope you are well and have a good run this season.'],
  },
  {
    id: 'context.enjoyed-time-together',
    kind: 'recalled interaction',
    label: 'you enjoyed time together',
    patterns: ['=loved|=enjoyed|=appreciated|=liked ...3 seeing|meeting|working|catching|chatting|talking|hosting|cooking|hearing|sharing|visiting|having|being|our|your|the|you'],
    match: ['Really enjoyed our chat after the seminar.', 'Loved hosting you and the kids last weekend.'],
    noMatch: ['I would love to meet your team.', 'I enjoy cycling.'],
  },
  {
    id: 'context.thanks',
    kind: 'recalled interaction',
    label: 'thanks for something they did',
    relationship: 'contact',
    patterns: ['thank|thx|thanx|tks|tnx|cheers|ta|merci|gracias|obrigado|obrigada|danke|grazie|asante|shukran|arigato|mahalo|shukriya|dhanyavaad|salamat|kiitos|tack|takk|spasibo|toda|rahmat|milesker|diolch ...4 for', 'thank|merci|gracias|obrigado|obrigada|danke|grazie|asante ...2 again', 'grateful for', 'grateful to you', 'appreciate ...3 your help|advice|time|support|tip|input|feedback|intro|kindness'],
    unless: [
      'thank ...3 for connecting|accepting|reading|considering|adding|looking|listening', 'thank ...3 for your time|consideration|attention',
      'thank ...3 for the add|connection', 'thank ...3 for having me $', 'thank ...3 for having me ...2 in|on your network|list|connections', 'thank ...3 in advance', 'look forward to', 'grateful for ...6 minutes|call|chat|reply|response',
    ],
    match: ['Thanks for having me at the Ealing coaching clinic on Sunday.', 'Thanks again for the Boat Show tickets!', 'Thank you so much for lending us the trailer.', 'Still grateful for your help with the grant.'],
    noMatch: ['Thanks for connecting!', 'Thank you for your time.', 'Thanks in advance for reading this.'],
  },
  {
    id: 'context.congratulations',
    kind: 'what brought them to mind',
    label: 'their news brought them to mind',
    patterns: ['congrats|congratulations|kudos|mabrook ...3 on|for|to', '* ...12 congrats|congratulations|kudos|mabrook'],
    unless: ['on|for everything|all ...3 accomplish|achieve|do', 'on|for your ...2 success|career|achievements|accomplishments|journey'],
    match: ['Congrats on the new clinic!', 'Congratulations to you and the team on the award.', 'Heard the bakery won best sourdough in Leith, congrats!'],
    noMatch: ['Congrats!', 'Congratulations me, I finally passed.', 'Congrats on everything you’ve accomplished.'],
  },
  {
    id: 'context.shared-past',
    kind: 'recalled interaction',
    label: 'something you did together',
    patterns: [
      `we first|briefly|once|last|actually|even|already|originally? ${SHARED_PAST}`, `we both|all ...2 ${SHARED}`, 'we ...8 together',
      'we =used to', 'we would always', 'we =were ...8 yesterday|last|ago|earlier',
      'we have been ...2 =emailing|=talking|=chatting|=messaging|=texting|=working|=corresponding|=discussing|=swapping|=trading|=writing',
      'we have|had both|already|once? =met|=worked|=spoken|=talked|=collaborated|=chatted|=shared|=studied|=served|=trained',
      'you and i|me met|worked|spoke|talked|shared|were|studied|served|trained|played|built|ran',
      // "The two of us were hanging off a turbine in the rain": we, in other words.
      'the two|three|four|both of us ...2 =were|=used|=had|=spent|=did', 'the two|three|four|both of us ..3 @past',
      'i =met|=saw|=heard|=interviewed|=taught|=coached|=hired|=mentored|=trained|=replaced ...3 you',
      // A shared referent: "we fixed that boiler", "the way we nursed those seedlings".
      'we @past ...2 that|those', 'the way we|you ..2 @past',
    ],
    unless: [
      'we should|could|must|might|can|will|would', 'get|come|bring|put together', 'we both|all follow|admire|love|like|read|know ...2 @Name',
      'we were ...2 acquired|founded|launched|featured|named|awarded|listed|ranked|shortlisted|funded|hiring',
      // A bare "since we last spoke" names no shared past (RULES.md): only the time since.
      'since we|you last? =spoke|=talked|=met|=chatted|=saw $',
    ],
    notAfter: ['if', 'when', 'hope', 'hoping', 'maybe', 'should', 'could', 'would', 'will'],
    match: ['We have been emailing about the roof survey for a month.', 'We used to share a bench in the Leeds chemistry lab.', 'We were both stuck at Schiphol last winter.', 'I still laugh about the way we rescued that flooded marquee.', 'We survived that winter shift on the ward.', 'We shared a stand at the Frankfurt book fair.', 'We both interned at the port authority in 2019.', 'You and I worked the night shift at St Mary’s.', 'I met you at the hackathon in Lagos.', 'Not since the two of us were stuck on that ferry to Split.'],
    noMatch: ['We should meet for lunch.', 'We launched our new app this week.', 'I work in sales.', 'We were acquired last year by a Dutch group.', 'It has been too long since we last spoke.'],
  },
  {
    id: 'context.since-then',
    kind: 'recalled interaction',
    label: 'a shared past, after time passed',
    patterns: [
      'since we|you ..3 @past ...4 at|in|on|the|that|our|your|a|with|together', 'since we ...2 =met|=worked|=shared|=studied|=were ...4 at|in|on|the|that|our|your|a|with|together', 'since our ...3 day|time|project|course|class|trip|stint|season|tour|shift|year',
      'since the ...4 =days|=years', 'the last time ...3 =was|=were|we|you|i',
      'since the|that ...6 where|when we|you', 'since your ...3 lecture|seminar|class|lesson|talk|workshop|day|time|course',
      'since i ...2 sat|studied|worked|trained|interned|last|was ...4 with|under|alongside|beside|you|your', 'ever since',
    ],
    unless: ['since we connected|linked', 'since you connected|accepted|added'],
    match: ["It's been years since we shared a stand at the Frankfurt book fair.", 'Ages since we last spoke at the Leith fringe!', 'Long time, the last time was at Tomás’s wedding.', 'Not since our season at the Lyon opera.', 'It feels like forever since your pottery classes.'],
    noMatch: ["It's been years!", 'Since I left Acme I have been freelancing.', 'It has been a long stretch since we last spoke.'],
  },
  {
    id: 'context.together-then',
    kind: 'recalled interaction',
    label: 'how you knew each other',
    patterns: [
      'we were both|all', 'we were ...3 same|opposite|opposing|rival|together|colleague|classmate|neighbour|neighbor|teammate|flatmate|roommate|housemate|coursemate|bandmate|cohort|class|team|course|programme|program|project|shift|ward|crew|unit|batch|intake|batchmate|schoolmate|shipmate|bunkmate|labmate',
      'back when we|you', 'from our days|time at|in|together|on', 'our time ...2 at|in|together|on', 'the|our old ...2 crew|team|gang|group|class|cohort|squad|band|days|office|lab|ward|site|photo|picture', 'reunion', 'our ...3 =days|=years|=era', 'back to our',
      'my|your old ...2 colleague|classmate|teammate|boss|manager|mentor|neighbour|neighbor|flatmate|roommate|coach|teacher|student',
      'i remember you from', 'i know you from', 'we go back',
      // The writer had a place in the recipient's world: "I was one of your interns".
      'i was|am one of your', 'i was your', 'i sat|was in your', 'i was|am the one who|with|asking',
    ],
    match: ['We were on opposite sides of the zoning hearing in March.', 'We were in the same cohort at Strathmore.', "I'm gathering the old Accenture crew for a reunion.", 'I remember you from the Ecademy forums.', 'We go back to the Nokia days.', 'I was one of your apprentices at the Gdańsk yard.'],
    noMatch: ['We were thrilled with the launch.', 'My team is growing.'],
  },
  {
    id: 'context.remember',
    kind: 'recalled interaction',
    label: 'something you remember of them',
    patterns: ['i remember|recall ...2 you|your|our|when|meet|work|how', 'i still ...2 remember|use|think|have|quote|recommend|laugh|tell', 'i ...2 often|always|sometimes think ...2 about|of ...2 that|those|our|you|your|the'],
    match: ['I still think about your advice on pricing.', 'I remember you explaining Kubernetes with Lego.'],
    noMatch: ['I remember being new to the industry.', 'Please remember to bring the forms.'],
  },
  {
    id: 'context.you-did',
    kind: 'recalled interaction',
    label: 'something they did for you',
    patterns: [
      'you ...2 introduced|taught|helped|showed|explained|hosted|interviewed|mentored|recommended|gave|sent|lent|invited|told|hired|coached|supported|covered|reviewed|judged|moderated|welcomed|trained|advised|inspired|organised|organized|fixed|saved|shared|made|built|designed|ran|led|chaired|presented|jumped|stepped|rescued|sorted|treated|delivered|stitched|examined|operated|nursed|drove|picked|dropped|carried|walked|patched|rewired|plumbed|translated|edited|answered|replied|called|visited|referred|vouched|pushed|encouraged|believed|took|offered|bought|paid|cooked|fed',
      'you|your ..12 @past', 'with|alongside|beside you ..8 @past',
    ],
    // Asking what they did is no recollection of it: "Are you still in Zagreb or you moved?"
    unless: ['you have not|never', 'did you', 'have you', '^ are|is|do you still'],
    match: ['You rescued my presentation when the projector died.', 'You patched up my knee at the Kisumu half marathon.', 'Your band smashed it at the harvest fair.'],
    noMatch: ['You might not know this, but I am moving to Leeds.', 'Have you ever worked with pumps?', 'You are based in Accra, right?', 'Are you still at the port or you moved on?'],
  },
  {
    id: 'context.their-gift',
    kind: 'recalled interaction',
    label: 'something they gave you',
    patterns: [`your ...2 ${GIFTS}`],
    unless: ['your time and consideration', 'for your time', `your ...2 ${GIFTS} would|will|could|might|please`],
    match: ['Your tip about the heat-pump grant saved our client a fortune.', 'Your intro to Pedro turned into our biggest order.'],
    noMatch: ['Thanks for your time.', 'Your advice would mean a lot.'],
  },
  {
    id: 'context.good-event',
    kind: 'recalled interaction',
    label: 'a shared event',
    patterns: [
      `great|good|lovely|nice|fun|wonderful|brilliant|fantastic|productive|useful|helpful|inspiring|excellent|amazing|awesome|cracking|solid|epic ...2 ${EVENTS}`,
      // Slang praise of the same: "a boss session this morning", "a belter of a gig", "a deadly night".
      `boss|mint|belter|deadly|sick|dope|lit|mega|wicked|banging|savage ...2 ${EVENTS}`,
      // The event, then how it went: "the call went great", "Saturday's shift was a blast".
      `${EVENTS} =went|=was ...2 great|well|brilliant|smoothly|fantastic|amazing|perfect|fun|blast|treat|success`,
      // Gamers' "good game" after a match: "gg on the scrim last night".
      '^ gg|ggwp',
    ],
    unless: ['have a great|good|lovely|nice', 'hope you had|have|are', 'enjoy your|the', 'nothing beats|like|compares', 'cup|mug|pot|glass of'],
    notAfter: WISH_WORDS,
    match: ['Great call this morning about the warehouse rollout.', 'Lovely evening at Sam’s on Saturday.', 'Productive session on the rota yesterday.', 'Thx for the intro, the meeting went really well.', 'gg on the ranked match yesterday!', 'that was a boss gig at the Cavern last night', 'Good job on the Leith refit today.'],
    noMatch: ['Have a great weekend!', 'Hope you had a good trip.', 'Nothing beats a good cup of coffee on a Monday.'],
  },
  {
    id: 'context.time-with-you',
    kind: 'recalled interaction',
    label: 'a recent time with them',
    patterns: [
      'you|your ...8 yesterday', 'you|your ...8 last night|week|weekend|month|year|time|spring|summer|autumn|fall|winter', 'you|your ...8 the other day', 'you|your ...8 earlier today|this morning',
      'yesterday ...8 you|your', 'last night|week|weekend|month|year|time ...8 you|your', 'the other day ...8 you|your', 'this morning ...8 you|your',
    ],
    unless: ['see you next|soon', 'talk to you next|soon', 'hear from you'],
    notAfter: ['if', 'unless'],
    match: ['You were brilliant at the careers fair yesterday.', 'Last week you mentioned a supplier in Kano.'],
    noMatch: ['See you next week!', 'I hope to hear from you next week.'],
  },
  {
    id: 'context.promised-thing',
    kind: 'recalled interaction',
    label: 'something you promised, recalling the conversation',
    relationship: 'contact',
    patterns: [
      'i will|shall bring|return|lend|drop ...3 the|your|those|that|our', 'i am going to bring|return ...3 the|your|those|that|our', 'as promised', 'as discussed', 'as we discussed',
      'follow up on|from', 'follow on from', 'further to our', 'as per our', 'put a face to the name', 'in person',
    ],
    unless: ['meet in person', 'hope ...3 in person'],
    match: ['I’ll bring the Willie book Thursday evening.', 'As promised, the supplier list is below.', 'Following up on our chat at the expo.', 'Further to our call, here are the drawings.'],
    noMatch: ['I will bring my own laptop.', 'It would be great to meet in person.'],
  },
  {
    id: 'context.recent-event',
    kind: 'recalled interaction',
    label: 'an event you were both at',
    patterns: [`at|during|after the ...4 ${EVENTS}|summit|fair|expo|festival|gala|wedding|training|webinar|seminar|marathon|launch|hackathon|retreat|offsite|convention|congress|forum|ceremony|reception|mixer|briefing|hearing|audit|inspection|pop-up|market|stall|fete|tasting|auction ...4 yesterday|last|ago|earlier|weekend|tonight|today`],
    notAfter: WISH_WORDS,
    match: ['It was fun to chat at the summit yesterday.', 'I was the one asking about tariffs after the panel last week.'],
    noMatch: ['Will you be at the summit next week?', 'I retired from the Navy last month after 22 years.'],
  },
  {
    id: 'context.ran-into',
    kind: 'recalled interaction',
    label: 'you ran into each other',
    patterns: ['bump|run into you|each', 'our paths =crossed', 'cross paths at|in|on|during', 'i owe you', 'owe you one', 'without your|you', 'if it was|were not for you|your'],
    unless: ['have not|never crossed', 'paths have not'],
    match: ['So glad we bumped into each other at the market.', 'Our paths crossed at the Nairobi tech week.', 'I owe you one for the ride home.'],
    noMatch: ["Our paths haven't crossed in years.", 'Without a doubt the best bakery in town.'],
  },
  {
    id: 'context.brought-to-mind',
    kind: 'what brought them to mind',
    label: 'what brought them to mind',
    patterns: [
      'people you may|might know', 'you may|might know', 'linkedin suggested|recommended|showed|thinks', 'suggested you', 'your name come|pop|show|turn|crop up',
      'you come|pop|show|turn up', 'come|spring|pop|jump straight|right? to|into mind', 'your ...4 came|popped|cropped|showed|turned up', 'think of you', 'make me think of you', 'remind me of you', 'you come|spring to mind',
      '=adding|=connecting|=going ...4 my ...3 friend|colleague|contact|network|classmate|teammate|alumnus|people|crew|folk|buddy|mate', 'go through my',
      '=adding|=connecting|=going ...6 everyone|everybody|crew|gang|squad|team|alumnus|classmate|volunteer|cohort|group|class|folk|people|lot', 'catching up with ...3 everyone|old|people', 'look you up', '=looked you up',
    ],
    match: ['Your name came straight to mind when the role opened.', 'You came up in my people you may know list.', 'I read an article on widgets and thought of you.', 'Just going through and adding some of my Austin friends.', 'Adding everyone from the Saturday litter-pick volunteers.'],
    noMatch: ['You may not know me.', 'I think so too.'],
  },
  {
    id: 'context.saw-their-news',
    kind: 'what brought them to mind',
    label: 'something of theirs you saw',
    patterns: ['i saw|noticed|read|heard|spotted ...3 your|you', 'saw|noticed|read|heard|spotted that you', 'saw your news|post|update|announcement', 'i was reading|listening|watching ...6 and'],
    unless: ['i came|stumbled|happened across|upon your', 'came across your profile', 'your profile', 'i heard you are hiring'],
    match: ['I saw your post about the cold-chain pilot.', 'Heard that you moved to Mombasa!'],
    noMatch: ['I came across your profile.', 'I read a lot about logistics.'],
  },
  {
    id: 'context.you-would-know',
    kind: 'concrete reason',
    label: 'a concrete reason to write to them',
    patterns: ['you might|may|would|could know someone|somebody|anyone|who|a', 'you would|will know who', 'you are the person|one to ask', 'you would be the|a ...2 person|one to ask', 'you know everyone|everybody|anybody|anyone',
      // Something the writer prepared that concerns them: "I've written a one-page summary of the new rules".
      'i|we have ...2 =written|=prepared|=drafted|=compiled|=summarised|=summarized ...4 summary|note|brief|overview|explainer|memo|checklist|guide|rundown',
      'i|we have ...2 =put together ...4 summary|note|brief|overview|explainer|memo|checklist|guide|rundown'],
    match: ['We are hiring a head of data in Nairobi and I thought you’d know who fits.', 'I have an opening I’m hoping you might know someone for.', 'I’ve put together a short explainer on the new port fees.'],
    noMatch: ['You may know me from the forums.', 'Would you know?', 'I have written to the council.'],
  },
];
