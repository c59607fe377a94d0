/**
 * Hand labels of the evaluation pages: character offsets into `articleText` of each page's
 * labelled HTML, with each name's own text (figures keep only their offsets and kind, so no
 * article text is copied into the repository). One JSON file per page in tests/eval/labels.
 *
 * Types: person, place, org and figure are what should be highlighted; misc marks names that
 * must not be highlighted as a person, place or organisation (nationalities, products, works,
 * events, laws). `excluded` marks parts of the labelled text that are not the story (bylines,
 * credits, captions): nothing there needs finding, and a highlight there counts as outside.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as v from 'valibot';
import { fnv1a } from '../../lib/hash';
import { ROOT, SHARED_DIR } from '../harness/paths';
import { articleText } from './article-text';

export const LABEL_DIR = join(ROOT, 'tests/eval/labels');
export const LABEL_TYPES = ['person', 'place', 'org', 'figure', 'misc'] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

const Offset = v.pipe(v.number(), v.integer(), v.minValue(0));
const MentionLabel = v.strictObject({
  start: Offset,
  end: Offset,
  type: v.picklist(LABEL_TYPES),
  /** The span's text (names only). */
  text: v.optional(v.string()),
  /** Also right when painted as this type ("Kremlin": place or org). */
  alsoType: v.optional(v.array(v.picklist(['person', 'place', 'org']))),
  /**
   * The entity a link must name (a pack entity's name), or null when no well-known entity is
   * meant and any link is wrong ("Aaron Kohli"). Absent: the link is not judged.
   */
  entity: v.optional(v.nullable(v.string())),
  /** A figure's kind (count, money, percent, age, duration, range, date). */
  kind: v.optional(v.string()),
});
const LabelFile = v.strictObject({
  page: v.string(),
  /** The labelled HTML, relative to ../shared/fixtures/pages. */
  html: v.string(),
  /** CSS selector of the labelled root inside it (default: body). */
  selector: v.optional(v.string()),
  /**
   * The story's language when it is not English: then only figures are labelled, and any
   * highlight of a name counts as wrong (names are recognised in English text only).
   */
  lang: v.optional(v.string()),
  textLength: v.number(),
  textHash: v.string(),
  excluded: v.array(v.strictObject({ start: Offset, end: Offset, why: v.string() })),
  mentions: v.array(MentionLabel),
});
export type MentionLabel = v.InferOutput<typeof MentionLabel>;
export type LabelFile = v.InferOutput<typeof LabelFile>;

export const PAGES_DIR = join(SHARED_DIR, 'fixtures/pages');

export const textHash = (text: string) => fnv1a(text).toString(16).padStart(8, '0');

/** The article text a label file's offsets refer to. */
export function labelledText(file: Pick<LabelFile, 'html' | 'selector'>): string {
  return articleText(readFileSync(join(PAGES_DIR, file.html), 'utf8'), file.selector);
}

/** Every problem with a label file against its text; empty when it is sound. */
export function labelProblems(file: LabelFile, text: string): string[] {
  const problems: string[] = [];
  if (file.textLength !== text.length || file.textHash !== textHash(text))
    problems.push(
      `${file.page}: the article text changed (length ${text.length}, hash ${textHash(text)})`,
    );
  const spans = [...file.mentions].sort((a, b) => a.start - b.start);
  spans.forEach((m, i) => {
    const where = `${file.page} ${m.start}-${m.end}`;
    if (m.end <= m.start || m.end > text.length) problems.push(`${where}: bad offsets`);
    const surface = text.slice(m.start, m.end);
    if (m.type !== 'figure' && m.text !== surface)
      problems.push(
        `${where}: text ${JSON.stringify(m.text)} but the page has ${JSON.stringify(surface)}`,
      );
    if (m.type === 'figure' && m.text !== undefined)
      problems.push(`${where}: figures keep no text`);
    if (surface !== surface.trim()) problems.push(`${where}: span has outer spaces`);
    const next = spans[i + 1];
    if (next && next.start < m.end) problems.push(`${where}: overlaps ${next.start}-${next.end}`);
  });
  return problems;
}

export function readLabelFile(path: string): LabelFile {
  return v.parse(LabelFile, JSON.parse(readFileSync(path, 'utf8')));
}

/** All label files, by page name (from `dir`, default tests/eval/labels). */
export function readAllLabels(dir = LABEL_DIR): LabelFile[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => readLabelFile(join(dir, f)));
}
