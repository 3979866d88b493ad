// Cues that tell the relationship when the frontmatter does not (RULES.md, "Relationship").
// Checked in this order: a stranger cue wins over an acquaintance cue over a contact cue.
export const STRANGER_CUES = [
  'we have not|never ... met', 'we have yet to meet', 'not met before', 'never met', 'have not had the pleasure',
  'you do|may|might not know me', 'you will not know me', 'you probably do not know me', 'we do not know each other',
  'we are strangers', 'i came|stumbled|happened across|upon your ...', 'i found|discovered|noticed|spotted your profile|page|work|post',
  'i found|discovered you ... through|via|on|in|while', 'came across your ...', 'stumbled on|upon your ...',
  'found you through|via|on', 'your profile came|popped up', 'i am reaching out cold', 'reaching out out of the blue',
  'i have been following your', 'i am a long-time|longtime|regular|big ... reader|listener|subscriber|fan|follower|customer|viewer',
  'i was in the audience', 'allow me to introduce myself', 'let me introduce myself',
];

export const ACQUAINTANCE_CUES = [
  'been ... long time|while', 'been ages|years|forever', 'long time no see|speak|talk',
  'you may|might|probably not remember me', 'you may|might remember me',
  'do you remember me', 'not sure you remember', 'in case you do not remember', 'our paths have not crossed',
  'we lost touch', 'lost track of', 'we have not spoken|talked|caught up in|since', 'we have not been in touch',
  'we met ... last year', 'we met ... years ago', 'we met ... back in', 'we met ... in @num', 'back in @num', 'back in the day',
  'years ago', '@num years ago', 'a few|several|many years ago', 'since we ... together', 'since we last',
  'since your ... lectures|seminars|classes|course|lessons', 'since i sat in', 'since our days', 'all those years',
  'we were ... same ... in @num', 'reconnect',
];

export const CONTACT_CUES = [
  'yesterday', 'last night', 'this morning', 'earlier today', 'the other day', 'last|this past week|weekend|month',
  'last monday|tuesday|wednesday|thursday|friday|saturday|sunday', 'on monday|tuesday|wednesday|thursday|friday|saturday|sunday',
  'great|good|nice|lovely|fun|wonderful ... to see|seeing|meet|meeting|catch|catching|chat|chatting|work|working',
  'thanks|thank ... for', 'see you at|on|tomorrow|next', 'as we discussed', 'as discussed', 'per our conversation',
  'following up on our', 'since we spoke|talked|met', 'we are working together', 'working with you on',
];
