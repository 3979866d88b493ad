// The longest realistic fill of a template's merge field, by what the field holds: a template
// must fit its limit for the longest name or company it will plausibly get, not for "{x}".
// A field matches an entry when its name (case, spaces and punctuation aside) is one of
// `fields`, else when it contains one; entries are tried in order. `examples` are long real
// values that must fit (checked by the tests).
export interface FieldFill {
  id: string;
  longest: number;
  fields: string[];
  examples: string[];
}

export const FIELD_FILLS: FieldFill[] = [
  { id: 'first-name', longest: 13, fields: ['firstname', 'first', 'fname', 'givenname', 'forename', 'preferredname', 'nickname'], examples: ['Krishnamurthy', 'Christopher', 'Alexandrina'] },
  { id: 'last-name', longest: 18, fields: ['lastname', 'last', 'lname', 'surname', 'familyname'], examples: ['Papadopoulos', 'Fernández-Vázquez', 'Wolfeschlegel'] },
  { id: 'company', longest: 32, fields: ['company', 'companyname', 'organisation', 'organization', 'org', 'employer', 'firm', 'account', 'business', 'school', 'university'], examples: ['International Business Machines', 'Norwegian University of Science'] },
  { id: 'role', longest: 36, fields: ['title', 'jobtitle', 'role', 'position', 'job', 'team', 'department'], examples: ['Senior Director of Product Marketing', 'Principal Site Reliability Engineer'] },
  { id: 'place', longest: 22, fields: ['city', 'location', 'town', 'country', 'region', 'place'], examples: ['Thiruvananthapuram', 'Rio de Janeiro', 'Llanfair PG'] },
  { id: 'event', longest: 40, fields: ['event', 'conference', 'meetup', 'talk', 'webinar', 'session'], examples: ['the Lisbon Product Leadership Summit', 'Open Source Summit North America'] },
  { id: 'date', longest: 18, fields: ['date', 'day', 'when', 'time', 'month', 'weekday'], examples: ['Wednesday 24 Sept.', 'next Thursday'] },
  { id: 'full-name', longest: 30, fields: ['name', 'fullname', 'recipient', 'contact', 'person', 'mutual', 'referrer'], examples: ['Maria Fernanda Gonzalez Lopez', 'Oluwaseun Adebayo-Williams'] },
];

/** A field that matches no entry (a free detail such as [how we met]). */
export const DEFAULT_FILL = 40;
