import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, exportFormat } from '../../lib/notebook/export-formats';
import { groupBySource } from '../../lib/notebook/source-groups';
import { clip, source } from './notebook-fixtures';

describe('the export menu', () => {
  it('offers Markdown, CSV, CSL-JSON, BibTeX and RIS, each with a one-line explanation', () => {
    expect(EXPORT_FORMATS.map((format) => format.id)).toEqual([
      'markdown',
      'csv',
      'csl-json',
      'bibtex',
      'ris',
    ]);
    for (const format of EXPORT_FORMATS) {
      expect(format.explanation).toMatch(/^[A-Z].*\.$/);
      expect(format.explanation).not.toMatch(/\n/);
      expect(format.explanation.length).toBeLessThan(120);
    }
  });

  it('writes something for clips and nothing but a header (or nothing) for none', () => {
    for (const format of EXPORT_FORMATS) {
      expect(format.write([clip()])).toContain(
        'https://news.example.com/2024/03/05/harbour-reopens',
      );
      expect(format.write([])).not.toContain('news.example.com');
    }
  });

  it('passes the CSV options through', () => {
    expect(exportFormat('csv').write([clip()], { csv: { byteOrderMark: true } })[0]).toBe('\uFEFF');
  });
});

describe('clips grouped by source', () => {
  it('take the source of the most recently edited clip and the earliest access', () => {
    const fixed = source({ title: 'Harbour reopens after the storm' });
    const groups = groupBySource([
      clip({ accessed: '2024-03-06T09:00:00Z', updated: '2024-03-06T09:00:00Z' }),
      clip({ source: fixed, accessed: '2024-03-07T09:00:00Z', updated: '2024-03-08T09:00:00Z' }),
      // Earlier, though written with an offset: 00:30 at UTC+02:00 is 22:30 the day before.
      clip({ accessed: '2024-03-06T00:30:00+02:00', updated: '2024-03-06T10:00:00Z' }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].source.title).toBe('Harbour reopens after the storm');
    expect(groups[0].accessed).toBe('2024-03-06T00:30:00+02:00');
    expect(groups[0].clips).toHaveLength(3);
  });
});
