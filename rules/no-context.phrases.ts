// Context (the seed's first element): how they know each other, or what brought the recipient
// to mind. A name-drop, appreciation of their work or a concrete reason also count (the
// stranger reasons in stranger-no-reason.phrases.ts). Not context: a bare "it's been ages",
// "you may not remember me", pleasantries, or the writer's own news alone.
import type { CueList } from './draft/cues.js';

/** Words that turn a recalled interaction into a wish ("it would be great to meet"). */
const WISH = ['would', 'will', 'could', 'should', 'shall', 'might', 'hope', 'hoping', 'love', 'like', 'want', 'let', 'wish', 'can', 'must'];

export const CONTEXT_CUES: CueList[] = [
  {
    kind: 'recalled interaction',
    patterns: [
      'great|good|lovely|nice|fun|wonderful|brilliant|fantastic|awesome|pleasure|treat|joy|cool|amazing|excellent|super|terrific|delightful|inspiring|privilege|honour|honor ...4 see|seeing|meet|meeting|met|work|working|worked|catch|catching|chat|chatting|talk|talking|bump|bumping|run|running|cook|cooking|collaborate|collaborating|partner|partnering|play|playing|hang|hanging|share|sharing|sit|sitting|host|hosting|speak|speaking|connect|connecting|hear|hearing|present|presenting|volunteer|volunteering|serve|serving|train|training|study|studying|cross',
      // "Good to sail with you", "Great pairing with you": a shared activity, whatever the verb.
      'great|good|lovely|nice|fun|wonderful|brilliant|fantastic|awesome|pleasure|treat|joy|cool|amazing|excellent|super|terrific|delightful|privilege|honour|honor ...3 with|alongside|beside you',
      'loved|enjoyed|appreciated ...3 seeing|meeting|working|catching|chatting|talking|hosting|cooking|hearing|sharing|visiting|having|being|our|your|the|you',
      'thanks|thank|cheers|ta ...4 for', 'thanks again', 'thank you again', 'grateful for', 'congrats|congratulations|kudos ...3 on|for|to',
      'we|i both|first|briefly|once|last|actually|all|even? met|worked|spoke|talked|chatted|studied|shared|collaborated|volunteered|served|trained|played|sat|roomed|interned|overlapped|ran|organised|organized|presented|sang|cooked|shot|lived|grew|toured|built|taught|coached|judged|co-hosted|hosted|competed|carpooled|commuted|flew|hiked|climbed|swam|raced',
      'we have|had both|already|once? met|worked|spoken|talked|collaborated|chatted|shared',
      'we were ...3 same|together|colleagues|classmates|neighbours|neighbors|teammates|flatmates|roommates|housemates|coursemates|bandmates|cohort|class|team|course|programme|program|project',
      'you and i|me met|worked|spoke|talked|shared|were',
      'i remember|recall ...2 you|your|our|when|meeting|working', 'i still ...2 remember|use|think|have|quote|recommend',
      'you ...2 introduced|taught|helped|showed|explained|hosted|interviewed|mentored|recommended|gave|sent|lent|invited|told|hired|coached|supported|covered|reviewed|judged|moderated|welcomed|trained|advised|inspired|organised|organized|fixed|saved|shared|made|built|designed|ran|led|chaired|presented|jumped|stepped',
      'i was|am the one who', 'i was|am one of your', 'i sat|was in your', 'i was your',
      'since we ...2 met|worked|spoke|talked|shared|studied|last|were', 'since your ...3 lectures|seminars|classes|class|course|lessons|talk|workshop|days|time',
      'since i sat|studied|worked|trained|interned|last|was', 'ever since',
      'back when we', 'from our days|time at|in|together', 'our time ...2 at|in|together',
      'our ...2 chat|conversation|call|meeting|lunch|coffee|talk|discussion|exchange|dinner|trip|project|session|interview|collaboration|catch-up|meetup|work',
      // A promise about something you share recalls the conversation it came from ("I'll bring the Willie book").
      'i will|shall bring|return|lend|drop ...3 the|your|those|that|our', 'i am going to bring|return ...3 the|your|those|that|our',
      'as promised', 'as discussed', 'as we discussed', 'following up on|from', 'put a face to the name', 'in person',
      'at|from|during the ...6 yesterday|last|ago|earlier|weekend',
      'bump|bumped|ran|run into you', 'i owe you', 'owe you one', 'without your|you', 'if it was not|were not for you|your',
      // The recipient did something, or something happened with them: "your band smashed it", "with you ... was".
      'you|your ..12 @past', 'with|alongside|beside you ..8 @past',
      // Something they gave you: "your tip about the grant", "your intro to Pedro".
      'your ...2 tip|tips|advice|help|idea|suggestion|recommendation|intro|introduction|feedback|support|input|pointer|pointers|heads-up|referral|kindness|generosity',
      // A shared event named by its quality: "great call this morning", "lovely evening at Sam's".
      'great|good|lovely|nice|fun|wonderful|brilliant|fantastic|productive|useful|helpful|inspiring|excellent ...2 call|chat|meeting|talk|session|catch-up|conversation|lunch|coffee|dinner|evening|night|morning|afternoon|day|workshop|event|visit|trip|ride|game|match|jam|swim|hike|walk|tour|weekend|time|discussion|debate|exchange',
      'since the|that ...6 where|when we|you', 'we both *',
      // Any mention of the two of you with a past time: a recalled interaction, whatever the verb.
      'your ...4 came|popped|cropped|showed|turned up',
      'you|your ...8 yesterday', 'you|your ...8 last night|week|weekend|month|year|time', 'you|your ...8 the other day',
      'you|your ...8 earlier today', 'yesterday ...8 you|your', 'last night|week|weekend|month|year|time ...8 you|your',
      'the other day ...8 you|your',
    ],
    unless: [
      'thank|thanks ...3 for connecting|accepting|reading|considering|adding|looking|listening', 'thank|thanks ...3 for your time|consideration|attention',
      'thank|thanks ...3 for the add|connection', 'thank|thanks ...3 for having me',
      'looking forward to',
    ],
    notAfter: WISH,
  },
  {
    kind: 'what brought them to mind',
    patterns: [
      'people you may|might know', 'you may|might know', 'linkedin suggested|recommended|showed|thinks', 'suggested you', 'your name came|popped|showed|turned up',
      'you came|popped|showed|turned up', 'thought|think|thinking of you', 'made me think of you', 'reminded me of you', 'you came|sprang|sprung to mind',
      'adding|connecting|going ...4 my ...3 friends|colleagues|contacts|network|classmates|teammates|alumni|people|crew|folks|buddies',
      'going through my', 'i saw|noticed|read|heard ...3 your|you', 'saw|noticed|read|heard that you', 'saw your news|post|update|announcement',
      'i was reading|listening|watching ...6 and',
    ],
    unless: ['i came|stumbled|happened across|upon your', 'came across your profile', 'your profile'],
  },
];
