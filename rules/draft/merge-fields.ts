// Merge fields: the slots of a template that name a field to fill per recipient ({FirstName},
// {{company}}, [how we met], <name>, and any other wrapped form the slot finder knows). The
// slot finder (slots.ts) says where slots are; this says which of them are fields and their
// names, from the wrapping alone, so a new slot style needs no change here or in render.
import type { Draft, Span } from './model.js';

export interface MergeField extends Span {
  /** The field's name as written inside its wrapper ("FirstName", "how we met"). */
  name: string;
}

const EDGE = /^[^\p{L}\p{N}]*|[^\p{L}\p{N}]*$/gu;
const HAS_LETTER = /\p{L}/u;

/** The field a slot names, or undefined for a slot that names none: a bare marker (TODO), a
 *  blank (____) or an instruction in parentheses ("(insert day)"), which no column fills. */
export function mergeFieldName(slot: string): string | undefined {
  const name = slot.replace(EDGE, '').trim();
  if (name === slot || !HAS_LETTER.test(name) || slot.startsWith('(')) return undefined;
  return name;
}

/** The draft's merge fields, in order. */
export function mergeFields(draft: Draft): MergeField[] {
  const fields: MergeField[] = [];
  for (const slot of draft.slots) {
    const name = mergeFieldName(draft.text.slice(slot.start, slot.end));
    if (name !== undefined) fields.push({ ...slot, name });
  }
  return fields;
}

/** A field name compared with a column header: case, spaces, "_" and "-" aside ("First Name" = "first_name" = "FirstName"). */
export const fieldKey = (name: string) => name.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
