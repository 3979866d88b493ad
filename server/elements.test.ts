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

  it('gives a sentence one highlight per element, however many cue kinds it holds', () => {
    const { document, elements } = summarize(fixture('lens-acquaintance.invite.md'));
    expect(elements.context.matches.length).toBe(3);
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
        'context: «Thanks again for the intro to the data team at Acme last week.» (recalled interaction)',
        'invitation: «We should be connected here.»',
        'next action: «Lunch on Friday?» (question)',
        'relationship: contact (given in the frontmatter)',
      ].join('\n'),
    );
    expect(elementsMessage(summarize(fixture('lens-stranger.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'reason: «We haven’t met, but your talk on railway signalling at RailConf 🚄 was…» (appreciation)',
        'invitation: «I’d like to connect.»',
        'next action: none found',
        'relationship: stranger (inferred from «We haven’t met»)',
      ].join('\n'),
    );
    expect(elementsMessage(summarize(fixture('lens-acquaintance.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'context: «It’s been years since we worked together at Brightwave, and I still use…» (recalled interaction, asymmetric, appreciation)',
        'invitation: «I’d love to reconnect here.»',
        'next action: none found',
        'relationship: acquaintance (inferred from «been years»)',
      ].join('\n'),
    );
    expect(elementsMessage(summarize(fixture('lens-unknown.invite.md')).elements)).toBe(
      [
        'invitelint elements:',
        'context: none found',
        'invitation: «I’d like to add you to my professional network.»',
        'next action: «Happy to help with the charity run in May if you need volunteers.» (proposal, commitment)',
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
    expect(markdown(context)).toBe('**invitelint** takes this as\n- the **context**: recalled interaction, decided by «Thanks again for»');
    expect(markdown(elementsHover(document, elements, inside(document, 'We should')))).toBe('**invitelint** takes this as\n- the **invitation**: decided by «connected»');
    expect(markdown(elementsHover(document, elements, inside(document, 'Friday?', 7)))).toBe(
      '**invitelint** takes this as\n- the **next action**: a question (the sentence asks them something)',
    );
  });

  it('names a stranger’s reason and the phrase the relationship was inferred from', () => {
    const { document, elements } = summarize(fixture('lens-stranger.invite.md'));
    expect(markdown(elementsHover(document, elements, inside(document, 'haven’t')))).toBe(
      [
        '**invitelint** takes this as',
        '- a **reason** to accept: appreciation, decided by «your talk»',
        '- the **relationship**: stranger, inferred from «We haven’t met»',
      ].join('\n'),
    );
    expect(markdown(elementsHover(document, elements, inside(document, 'RailConf')))).toBe('**invitelint** takes this as\n- a **reason** to accept: appreciation, decided by «your talk»');
  });

  it('lists every kind found in one sentence', () => {
    const { document, elements } = summarize(fixture('lens-acquaintance.invite.md'));
    expect(markdown(elementsHover(document, elements, inside(document, 'Brightwave')))).toBe(
      [
        '**invitelint** takes this as',
        '- the **context**: recalled interaction, decided by «since we worked»; asymmetric, decided by «I still use your»; appreciation, decided by «your deployment checklist»',
      ].join('\n'),
    );
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
