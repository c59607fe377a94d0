/**
 * Markdown notes (Obsidian, Logseq, any editor): for each source a YAML front matter block with
 * its fields, then each clip as a block quote followed by the reader's note and a link back to
 * the quote on the page. The note is the reader's own text and is written as it is (it may be
 * Markdown); the quote is page text, escaped so it reads the same once rendered.
 */
import type { Clip } from '../types/clip';
import { isoDateOf } from './dates';
import { displayName, namedAuthors } from './names';
import { groupBySource, groupTags, type SourceGroup } from './source-groups';
import { yamlList, yamlString } from './yaml-text';

export const MARKDOWN_EXPLANATION =
  'Markdown notes for Obsidian and other editors: each source with its details, each quote followed by your note.';

/**
 * Characters that would start emphasis, code, a link or HTML inside a line of text, and in
 * Obsidian a tag (`#word`) or mathematics (`$…$`).
 */
const INLINE_SYNTAX = /[\\`*_[\]<>#$]/g;
/** What at the start of a line would make it a heading, list item, quote, rule, table or fence. */
const BLOCK_MARK = /^[#>+=|~-]/;
const ORDERED_MARK = /^(\d+)([.)])(?=\s|$)/;

/**
 * One line of page text as Markdown that renders as the same text. Leading spaces go: four
 * of them would make the line code.
 */
export function escapeMarkdownLine(line: string): string {
  const inline = line.trim().replace(INLINE_SYNTAX, '\\$&');
  return inline.replace(BLOCK_MARK, '\\$&').replace(ORDERED_MARK, '$1\\$2');
}

/** The quote as a block quote: every line, blank ones too, starts with ">". */
export function blockQuote(quote: string): string {
  return quote
    .replace(/\r\n?/g, '\n')
    .trim()
    .split('\n')
    .map((line) => (line.trim() ? `> ${escapeMarkdownLine(line)}` : '>'))
    .join('\n');
}

/** A URL as an autolink, which ends at a space or angle bracket: those are percent-encoded. */
function autolink(url: string): string {
  return `<${url.trim().replace(/[\s<>]/g, (char) => encodeURIComponent(char))}>`;
}

function frontMatter(group: SourceGroup): string {
  const source = group.source;
  const lines = ['---', `title: ${yamlString(source.title)}`];
  if (source.outlet?.trim()) lines.push(`outlet: ${yamlString(source.outlet.trim())}`);
  lines.push(yamlList('authors', namedAuthors(source.authors).map(displayName)));
  const published = isoDateOf(source.published);
  if (published) lines.push(`published: ${yamlString(published)}`);
  const accessed = isoDateOf(group.accessed);
  if (accessed) lines.push(`accessed: ${yamlString(accessed)}`);
  lines.push(`url: ${yamlString(source.url)}`);
  if (source.language?.trim()) lines.push(`language: ${yamlString(source.language.trim())}`);
  lines.push(`type: ${yamlString(source.kind)}`);
  lines.push(yamlList('tags', groupTags(group)));
  lines.push('---');
  return lines.join('\n');
}

function clipMarkdown(clip: Clip): string {
  const parts = [];
  if (clip.quote.trim()) parts.push(blockQuote(clip.quote));
  if (clip.note.trim()) parts.push(clip.note.replace(/\r\n?/g, '\n').trim());
  if (clip.fragmentUrl.trim()) parts.push(autolink(clip.fragmentUrl));
  return parts.join('\n\n');
}

/** One source's note: its front matter, then its clips. */
export function sourceMarkdown(group: SourceGroup): string {
  const clips = group.clips.map(clipMarkdown).filter(Boolean);
  return `${[frontMatter(group), ...clips].join('\n\n')}\n`;
}

/** Every source's note, one after the other. */
export function writeMarkdown(clips: readonly Clip[]): string {
  return groupBySource(clips).map(sourceMarkdown).join('\n');
}
