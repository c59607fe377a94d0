import { describe, expect, it } from 'vitest';
import { writeRis } from '../../lib/notebook/ris';
import { clip, source } from './notebook-fixtures';

/** The records of a RIS export, each as [tag, value] pairs. */
function records(ris: string): [string, string][][] {
  return ris
    .split('\r\n')
    .filter((line) => line !== '')
    .reduce<[string, string][][]>(
      (all, line) => {
        const match = /^([A-Z][A-Z0-9]) {2}- (.*)$/.exec(line);
        if (!match) throw new Error(`Not a RIS line: ${JSON.stringify(line)}`);
        all[all.length - 1].push([match[1], match[2]]);
        if (match[1] === 'ER') all.push([]);
        return all;
      },
      [[]],
    )
    .filter((record) => record.length > 0);
}

describe('the RIS export', () => {
  it('writes a news article as NEWS with its authors, dates, outlet and notes', () => {
    const authors = [
      { family: 'Okafor', given: 'Ada' },
      { family: 'Lindqvist', given: 'Per Erik' },
      { literal: 'Example News Agency' },
    ];
    const ris = writeRis([
      clip({ source: source({ authors }), tags: ['ports', 'storms'] }),
      clip({ source: source({ authors }), quote: 'Ferries resumed.', note: '', tags: ['ports'] }),
    ]);
    expect(records(ris)).toEqual([
      [
        ['TY', 'NEWS'],
        ['AU', 'Okafor, Ada'],
        ['AU', 'Lindqvist, Per Erik'],
        ['AU', 'Example News Agency'],
        ['T1', 'Harbour reopens after storm'],
        ['T2', 'The Example Times'],
        ['JF', 'The Example Times'],
        ['PY', '2024'],
        ['DA', '2024/03/05/'],
        ['UR', 'https://news.example.com/2024/03/05/harbour-reopens'],
        ['Y2', '2024/03/06/'],
        ['LA', 'en'],
        ['N1', '“The harbour reopened on Tuesday.” Check the date against the port authority.'],
        ['N1', '“Ferries resumed.”'],
        ['KW', 'ports'],
        ['KW', 'storms'],
        ['ER', ''],
      ],
    ]);
  });

  it('writes another page as ELEC and leaves out the date parts it does not know', () => {
    const page = source({ kind: 'webpage', outlet: 'Harbour Authority', published: '2023-11' });
    const [record] = records(writeRis([clip({ source: page })]));
    expect(record[0]).toEqual(['TY', 'ELEC']);
    expect(record).toContainEqual(['T2', 'Harbour Authority']);
    expect(record).toContainEqual(['DA', '2023/11//']);
    expect(record.map(([tag]) => tag)).not.toContain('JF');
  });

  it('ends every line with CRLF and keeps each value on one line', () => {
    const ris = writeRis([
      clip({
        quote: 'Line one\nER  - line two',
        note: 'A\r\nnote',
        source: source({ title: 'T\nU' }),
      }),
    ]);
    expect(ris.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(ris.endsWith('ER  - \r\n')).toBe(true);
    const [record] = records(ris);
    expect(record).toContainEqual(['N1', '“Line one ER - line two” A note']);
    expect(record).toContainEqual(['T1', 'T U']);
  });

  it('writes one record per source', () => {
    const other = source({ url: 'https://news.example.com/other', title: 'Another story' });
    const titles = records(writeRis([clip(), clip({ source: other }), clip()])).map(
      (record) => record.find(([tag]) => tag === 'T1')?.[1],
    );
    expect(titles).toEqual(['Harbour reopens after storm', 'Another story']);
  });
});
