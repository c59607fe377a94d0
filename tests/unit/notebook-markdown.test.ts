import { describe, expect, it } from 'vitest';
import { blockQuote, writeMarkdown } from '../../lib/notebook/markdown';
import { yamlString } from '../../lib/notebook/yaml-text';
import { clip, source } from './notebook-fixtures';

/** The front matter blocks of a Markdown export, each as its lines between the `---` fences. */
function frontMatters(markdown: string): string[][] {
  return [...markdown.matchAll(/^---\n([\s\S]*?)\n---$/gm)].map((match) => match[1].split('\n'));
}

/** The value of `key: "…"` in a front matter block, read as the JSON string it also is. */
function scalar(lines: string[], key: string): unknown {
  const line = lines.find((candidate) => candidate.startsWith(`${key}: `));
  return line === undefined ? undefined : JSON.parse(line.slice(key.length + 2));
}

describe('the Markdown export', () => {
  it('starts each source with front matter holding its fields', () => {
    const [lines] = frontMatters(writeMarkdown([clip()]));
    expect(lines).toEqual([
      'title: "Harbour reopens after storm"',
      'outlet: "The Example Times"',
      'authors:',
      '  - "Ada Okafor"',
      'published: "2024-03-05"',
      'accessed: "2024-03-06"',
      'url: "https://news.example.com/2024/03/05/harbour-reopens"',
      'language: "en"',
      'type: "article-newspaper"',
      'tags:',
      '  - "ports"',
    ]);
  });

  it('quotes every value so that YAML reads it back as the same string', () => {
    const title = 'No: "yes" \\ #1 — a\nsecond line\u2028and\u0085more\u0007';
    const markdown = writeMarkdown([clip({ source: source({ title, authors: [] }) })]);
    const [lines] = frontMatters(markdown);
    expect(scalar(lines, 'title')).toBe(title);
    expect(lines).toContain('authors: []');
    // No raw line break of any kind inside the value: it stays on its line.
    expect(lines.find((line) => line.startsWith('title:'))).not.toMatch(/[\n\r\u2028\u0085]/);
  });

  it.each(['yes', 'null', '2024-03-05', '@home', '- item', '{a: 1}', "it's"])(
    'writes %j as a double-quoted string',
    (value) => {
      expect(yamlString(value)).toBe(JSON.stringify(value));
    },
  );

  it('writes each clip as a block quote followed by its note', () => {
    const markdown = writeMarkdown([clip()]);
    expect(markdown).toContain(
      '---\n\n> The harbour reopened on Tuesday.\n\nCheck the date against the port authority.\n\n' +
        '<https://news.example.com/2024/03/05/harbour-reopens#:~:text=The%20harbour%20reopened>\n',
    );
  });

  it('keeps "> " on every line of a multi-line quote, blank lines included', () => {
    expect(blockQuote('First line\nsecond line\n\nthird paragraph')).toBe(
      '> First line\n> second line\n>\n> third paragraph',
    );
  });

  it('escapes tags and mathematics in page text', () => {
    expect(blockQuote('The #MeToo movement cost $5 or $10')).toBe(
      '> The \\#MeToo movement cost \\$5 or \\$10',
    );
  });

  it('escapes page text that would render as something else', () => {
    expect(blockQuote('# Not a heading\n1. not a list\n- nor this\n*not bold* <b>x</b>')).toBe(
      '> \\# Not a heading\n> 1\\. not a list\n> \\- nor this\n> \\*not bold\\* \\<b\\>x\\</b\\>',
    );
  });

  it('groups clips under their source, in the order the sources first appear', () => {
    const other = source({ url: 'https://news.example.com/other', title: 'Another story' });
    const markdown = writeMarkdown([
      clip({ quote: 'One' }),
      clip({ quote: 'Two', source: other }),
      clip({ quote: 'Three' }),
    ]);
    expect(frontMatters(markdown).map((lines) => scalar(lines, 'title'))).toEqual([
      'Harbour reopens after storm',
      'Another story',
    ]);
    const order = ['> One', '> Three', 'title: "Another story"', '> Two'].map((text) =>
      markdown.indexOf(text),
    );
    expect(order.every((position) => position >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
  });

  it('writes the note as the reader wrote it', () => {
    const note = 'My **own** note\n- with a list';
    expect(writeMarkdown([clip({ note })])).toContain(`\n\n${note}\n\n`);
  });
});
