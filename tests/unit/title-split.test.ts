/** Roles inside names: where a body's name ends and a person's begins, and a role before "and". */
import { describe, expect, it } from 'vitest';
import { splitAtTitles } from '../../lib/recognize/title-split';
import type { NerSpan } from '../../lib/recognize/ner/tagger';
import { namesWith } from './recognize-fixtures';

const span = (text: string, part: string, type: NerSpan['type']): NerSpan => {
  const start = text.indexOf(part);
  return { start, end: start + part.length, type, text: part, confidence: 0.9 };
};
const pieces = (text: string, spans: NerSpan[]) =>
  splitAtTitles(text, spans).map((s) => [s.text, s.type]);

describe('a title inside a span', () => {
  it('leaves the role and its modifiers to neither name', () => {
    const text = 'Senate Majority Leader Bill Frist is the subject of a probe.';
    expect(pieces(text, [span(text, 'Senate Majority Leader Bill Frist', 'org')])).toEqual([
      ['Senate', 'org'],
      ['Bill Frist', 'person'],
    ]);
  });

  it('keeps a body’s head word before the role', () => {
    const text = 'Labour Party Leader Keir Starmer spoke.';
    expect(pieces(text, [span(text, 'Labour Party Leader Keir Starmer', 'org')])).toEqual([
      ['Labour Party', 'org'],
      ['Keir Starmer', 'person'],
    ]);
  });

  it('still cuts a body and its officer apart', () => {
    const text = 'Bank of England Governor Andrew Bailey agreed.';
    expect(pieces(text, [span(text, 'Bank of England Governor Andrew Bailey', 'org')])).toEqual([
      ['Bank of England', 'org'],
      ['Andrew Bailey', 'person'],
    ]);
  });

  it('drops a role and "and" before a body’s name', () => {
    const text = 'The Vice Prime Minister and Labor Party leader spoke.';
    expect(pieces(text, [span(text, 'Vice Prime Minister and Labor Party', 'org')])).toEqual([
      ['Labor Party', 'org'],
    ]);
    // A modifier alone is no role: "Trade and Industry" is the body's own name.
    const ministry = 'The Trade and Industry Ministry said so.';
    expect(pieces(ministry, [span(ministry, 'Trade and Industry Ministry', 'org')])).toEqual([
      ['Trade and Industry Ministry', 'org'],
    ]);
  });
});

describe('a role before "and" and an organisation’s head word', () => {
  const names = namesWith({});
  it('ends a body’s name before "of" and a role', () => {
    const found = names(
      'The Republican Turkish Party of Prime Minister Mehmet Ali Talat seemed set to win the vote.',
    );
    expect(found.map((m) => m.text)).toEqual(['Republican Turkish Party', 'Mehmet Ali Talat']);
    // A role's modifier alone is the body's field.
    expect(names('The Ministry of Defence agreed.').map((m) => m.text)).toEqual([
      'Ministry of Defence',
    ]);
  });

  it('starts the organisation after the role', () => {
    const found = names('Israel’s Vice Prime Minister and Labor Party leader Shimon Peres met.');
    expect(found.map((m) => m.text)).toContain('Labor Party');
    expect(found.map((m) => m.text)).not.toContain('Vice Prime Minister and Labor Party');
  });
});
