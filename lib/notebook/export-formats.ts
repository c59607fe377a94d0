/** The export menu's formats: what each is called, says, and writes. */
import type { Clip } from '../types/clip';
import { BIBTEX_EXPLANATION, writeBibtex } from './bibtex';
import { CSL_JSON_EXPLANATION, writeCslJson } from './csl-json';
import { CSV_EXPLANATION, writeCsv, type CsvOptions } from './csv';
import { MARKDOWN_EXPLANATION, writeMarkdown } from './markdown';
import { RIS_EXPLANATION, writeRis } from './ris';

export type ExportFormatId = 'markdown' | 'csv' | 'csl-json' | 'bibtex' | 'ris';

export interface ExportOptions {
  csv?: CsvOptions;
}

export interface ExportFormat {
  id: ExportFormatId;
  label: string;
  /** One line for the export menu. */
  explanation: string;
  /** The file name's ending, without the dot. */
  extension: string;
  mimeType: string;
  write: (clips: readonly Clip[], options?: ExportOptions) => string;
}

export const EXPORT_FORMATS: readonly ExportFormat[] = [
  {
    id: 'markdown',
    label: 'Markdown',
    explanation: MARKDOWN_EXPLANATION,
    extension: 'md',
    mimeType: 'text/markdown;charset=utf-8',
    write: (clips) => writeMarkdown(clips),
  },
  {
    id: 'csv',
    label: 'CSV',
    explanation: CSV_EXPLANATION,
    extension: 'csv',
    mimeType: 'text/csv;charset=utf-8',
    write: (clips, options) => writeCsv(clips, options?.csv),
  },
  {
    id: 'csl-json',
    label: 'CSL-JSON',
    explanation: CSL_JSON_EXPLANATION,
    extension: 'json',
    mimeType: 'application/vnd.citationstyles.csl+json',
    write: (clips) => writeCslJson(clips),
  },
  {
    id: 'bibtex',
    label: 'BibTeX',
    explanation: BIBTEX_EXPLANATION,
    extension: 'bib',
    mimeType: 'application/x-bibtex;charset=utf-8',
    write: (clips) => writeBibtex(clips),
  },
  {
    id: 'ris',
    label: 'RIS',
    explanation: RIS_EXPLANATION,
    extension: 'ris',
    mimeType: 'application/x-research-info-systems;charset=utf-8',
    write: (clips) => writeRis(clips),
  },
];

export function exportFormat(id: ExportFormatId): ExportFormat {
  const format = EXPORT_FORMATS.find((candidate) => candidate.id === id);
  if (!format) throw new Error(`Unknown export format: ${id}`);
  return format;
}
