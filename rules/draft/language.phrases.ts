// Function words of English that are not words of the other Latin-script languages franc-min
// knows ("in", "was", "will", "also", "am" are German, "on" and "me" French, "do" Portuguese,
// "week" Dutch, "at" Tagalog, so they are left out). A draft whose prose is at least ENGLISH_SHARE of these is
// English without asking the detector: the guard that keeps short English notes English.
export const ENGLISH_MARKERS = [
  'the', 'and', 'you', 'your', 'with', 'for', 'that', 'this', 'have', 'has', 'had', 'would', 'could', 'should', 'are',
  'were', 'been', 'being', 'of', 'to', 'it', 'we', 'our', 'us', 'my', 'they', 'them', 'their', 'there', 'here',
  'which', 'who', 'what', 'when', 'how', 'about', 'from', 'into', 'out', 'up', 'just', 'like', 'but', 'not', 'if',
  'know', 'hope', 'thanks', 'thank', 'see', 'really', 'can', 'some', 'any', 'next', 'time',
];
