import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { lint, summarizeElements } from '../rules/engine.js';
import { elementHighlights, elementsHover, elementsLens, elementsMessage, lensLine, quote, type ElementsState } from './elements.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/lsp/${name}`, import.meta.url), 'utf8');

function summarize(text: string) {
  const document = TextDocument.create('file:///d.invite.md', 'markdown', 3, text);
  const { draft } = lint(text);
  const state: ElementsState = { elements: summarizeElements(draft), lensLine: lensLine(document, draft.body.start) };
  return { document, state, elements: state.elements };
}

/** The range of `needle` in the document, computed independently of the server. */
function rangeOf(document: TextDocument, needle: string) {
  const at = document.getText().indexOf(needle);
  if (at < 0) throw new Error(`${JSON.stringify(needle)} not in text`);
  return { start: document.positionAt(at), end: document.positionAt(at + needle.length) };
}

const inside = (document: TextDocument, needle: string, by = 2) => {
  const { start } = rangeOf(document, needle);
  return { line: start.line, character: start.character + by };
};

const markdown = (hover: ReturnType<typeof elementsHover>) => (hover?.contents as { value: string } | undefined)?.value;

describe('lens', () => {
  it('sits on the first body line below the frontmatter, line 0 without one', () => {
    const line = (text: string) => summarize(text).state.lensLine;
    expect(line(fixture('lens-stranger.invite.md'))).toBe(3);
    expect(line('---\nto: Jo\n---\n\n\nHi Jo,\n')).toBe(5);
    expect(line('Hi Jo,\n\nLet’s connect.')).toBe(0);
    expect(line('\n\nHi Jo,')).toBe(2);
    expect(line('---\nto: Jo\n---')).toBe(2);
    expect(line('---\nto: Jo\n---\n\n')).toBe(3);
    expect(line('')).toBe(0);
  });

  it('shows the elements line and runs invitelint.showElements with the uri and version', () => {
    const { document, state } = summarize(fixture('lens-stranger.invite.md'));
    expect(elementsLens(state, document, 3)).toEqual({
      range: { start: { line: 3, character: 0 }, end: { line: 3, character: 0 } },
      command: {
        title: 'stranger (inferred) · reason: appreciation ✓ · invitation ✓ · next action ✗ · 131/300',
        command: 'invitelint.showElements',
        arguments: ['file:///d.invite.md', 3],
      },
    });
  });

  it('keeps a summary of an older, longer text within the document', () => {
    const { state } = summarize(fixture('lens-stranger.invite.md'));
    expect(elementsLens(state, { uri: 'file:///d.invite.md', lineCount: 2 }, 1).range.start).toEqual({ line: 1, character: 0 });
    expect(elementsLens(state, { uri: 'file:///d.invite.md', lineCount: 0 }, 1).range.start).toEqual({ line: 0, character: 0 });
  });
});

describe('highlights', () => {
  it('marks each sentence taken as an element, in exact UTF-16 ranges: Text context, Read invitation, Write next action', () => {
    const { document, elements } = summarize(fixture('lens-contact.invite.md'));
    expect(elementHighlights(document, elements)).toEqual([
      { range: rangeOf(document, 'Thanks again for the intro to the data team at Acme last week.'), kind: 1 },
      { range: rangeOf(document, 'We should be connected here.'), kind: 2 },
      { range: rangeOf(document, 'Lunch on Friday?'), kind: 3 },
    ]);
  });

  it('counts columns in UTF-16 code units after emoji', () => {
    const { document, elements } = summarize(fixture('lens-stranger.invite.md'));
    const highlights = elementHighlights(document, elements);
    expect(highlights).toEqual([
      { range: rangeOf(document, 'We haven’t met, but your talk on railway signalling at RailConf 🚄 was the best I’ve seen.'), kind: 1 },
      { range: rangeOf(document, 'I’d like to connect.'), kind: 2 },
    ]);
    // 🚄 is two code units: a code-point column would be one less.
    expect(highlights[1].range.start.character).toBe(document.getText().split('\n')[5].indexOf('I’d like'));
  });

  it('gives a sentence one highlight per element, however many cues it holds', () => {
    const { document, elements } = summarize(fixture('lens-acquaintance.invite.md'));
    expect(elements.context.matches.length).toBeGreaterThan(2);
    expect(elementHighlights(document, elements).map((h) => [document.getText(h.range), h.kind])).toEqual([
      ['It’s been years since we worked together at Brightwave, and I still use your deployment checklist.', 1],
      ['I’d love to reconnect here.', 2],
    ]);
    const both = summarize('Hi Jo,\n\nGreat to see you yesterday, let’s connect here.');
    expect(elementHighlights(both.document, both.elements).map((h) => h.kind)).toEqual([1, 2]);
  });

  it('is empty when no sentence was taken as an element', () => {
    const { document, elements } = summarize('Hi Jo,');
    expect(elementHighlights(document, elements)).toEqual([]);
  });
});

describe('showElements message', () => {
  it('lists each element with its sentence and kinds, the missing ones, and the relationship', () => {
    expect(elementsMessage(summarize(fixture('lens-contact.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'context: «Thanks again for the intro to the data team at Acme last week.» (thanks for something they did, cue context.thanks)',
        'invitation: «We should be connected here.» (an invitation to connect, cue invitation.connect)',
        'next action: «Lunch on Friday?» (a meeting with a time, cue next-action.meet-when)',
        'relationship: contact (given in the frontmatter)',
      ].join('\n'),
    );
    expect(elementsMessage(summarize(fixture('lens-stranger.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'reason: «We haven’t met, but your talk on railway signalling at RailConf 🚄 was…» (appreciation of their specific work, cue reason.appreciation)',
        'invitation: «I’d like to connect.» (an invitation to connect, cue invitation.connect)',
        'next action: none found',
        'relationship: stranger (inferred from «We haven’t met», cue relationship.never-met)',
      ].join('\n'),
    );
    expect(elementsMessage(summarize(fixture('lens-acquaintance.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'context: «It’s been years since we worked together at Brightwave, and I still use…» (a shared past, after time passed, cue context.since-then; something you did together, cue context.shared-past; something you remember of them, cue context.remember; you read, use or buy their work, cue reason.asymmetric; appreciation of their specific work, cue reason.appreciation)',
        'invitation: «I’d love to reconnect here.» (an invitation to reconnect, cue invitation.reconnect)',
        'next action: none found',
        'relationship: acquaintance (inferred from «been years», cue relationship.long-time)',
      ].join('\n'),
    );
    expect(elementsMessage(summarize(fixture('lens-unknown.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'context: none found',
        'invitation: «I’d like to add you to my professional network.» (an invitation to connect, cue invitation.connect)',
        'next action: «Happy to help with the charity run in May if you need volunteers.» (an offer or wish to do something with them, cue next-action.would-love-to; the ball in their court, cue next-action.ball-in-their-court)',
        'relationship: unknown (no cue found: treated as a contact)',
      ].join('\n'),
    );
  });

  it('quotes on one line and cuts long sentences at a word, never splitting a surrogate pair', () => {
    expect(quote('Lunch\n  on Friday?')).toBe('«Lunch on Friday?»');
    expect(quote('x'.repeat(72))).toBe(`«${'x'.repeat(72)}»`);
    expect(quote(`${'word '.repeat(14)}words`)).toBe(`«${'word '.repeat(14).trimEnd()}…»`);
    expect(quote('x'.repeat(73))).toBe(`«${'x'.repeat(71)}…»`);
    expect(quote(`${'x'.repeat(70)}🚄 and more`)).toBe(`«${'x'.repeat(70)}…»`);
  });
});

describe('hover on elements', () => {
  it('says which element a sentence was taken as, of which kind, and the cue that decided it', () => {
    const { document, elements } = summarize(fixture('lens-contact.invite.md'));
    const context = elementsHover(document, elements, inside(document, 'the data team'));
    expect(context?.range).toEqual(rangeOf(document, 'Thanks again for the intro to the data team at Acme last week.'));
    expect(markdown(context)).toBe('**invitelint** takes this as\n- the **context**: thanks for something they did, decided by «Thanks again for» (cue `context.thanks`)');
    expect(markdown(elementsHover(document, elements, inside(document, 'We should')))).toBe(
      '**invitelint** takes this as\n- the **invitation**: an invitation to connect, decided by «be connected» (cue `invitation.connect`)',
    );
    expect(markdown(elementsHover(document, elements, inside(document, 'Friday?', 7)))).toBe(
      '**invitelint** takes this as\n- the **next action**: a meeting with a time, decided by «Lunch on» (cue `next-action.meet-when`)',
    );
    const question = summarize('Hi Jo,\n\nGreat to see you at the expo. How is the new job?');
    expect(markdown(elementsHover(question.document, question.elements, inside(question.document, 'new job')))).toBe(
      '**invitelint** takes this as\n- the **next action**: a question to them: the sentence asks them something (cue `next-action.question`)',
    );
  });

  it('names a stranger’s reason and the phrase the relationship was inferred from', () => {
    const { document, elements } = summarize(fixture('lens-stranger.invite.md'));
    expect(markdown(elementsHover(document, elements, inside(document, 'haven’t')))).toBe(
      [
        '**invitelint** takes this as',
        '- a **reason** to accept: appreciation of their specific work, decided by «your talk» (cue `reason.appreciation`)',
        '- the **relationship**: stranger, inferred from «We haven’t met» (cue `relationship.never-met`)',
      ].join('\n'),
    );
    expect(markdown(elementsHover(document, elements, inside(document, 'RailConf')))).toBe(
      '**invitelint** takes this as\n- a **reason** to accept: appreciation of their specific work, decided by «your talk» (cue `reason.appreciation`)',
    );
  });

  it('lists every cue found in one sentence', () => {
    const { document, elements } = summarize(fixture('lens-acquaintance.invite.md'));
    const hover = markdown(elementsHover(document, elements, inside(document, 'Brightwave')));
    expect(hover).toMatch(/^\*\*invitelint\*\* takes this as\n- the \*\*context\*\*: /);
    expect(hover).toContain('a shared past, after time passed, decided by «since we worked together» (cue `context.since-then`)');
    expect(hover).toContain('you read, use or buy their work, decided by «I still use your» (cue `reason.asymmetric`)');
    expect(hover).toContain('appreciation of their specific work, decided by «your deployment checklist» (cue `reason.appreciation`)');
    expect(markdown(elementsHover(document, elements, inside(document, 'been years')))).toContain('\n- the **relationship**: acquaintance, inferred from «been years»');
  });

  it('escapes Markdown in the quoted cue', () => {
    const { document, elements } = summarize('Hi Jo,\n\nI loved your *talk* on `gRPC`, we should connect here.');
    expect(markdown(elementsHover(document, elements, inside(document, 'loved')))).toContain('decided by «your \\*talk»');
  });

  it('is null outside the element sentences', () => {
    const { document, elements } = summarize(fixture('lens-contact.invite.md'));
    expect(elementsHover(document, elements, { line: 1, character: 3 })).toBeNull();
    expect(elementsHover(document, elements, inside(document, 'Priya,'))).toBeNull();
    expect(elementsHover(document, elements, inside(document, '– Sam'))).toBeNull();
  });
});
