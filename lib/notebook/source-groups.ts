/**
 * Clips grouped by the source they were taken from: the exports and reference formats write
 * one entry per source, and the notes formats list a source's clips under it.
 */
import type { Clip, ClipSource } from '../types/clip';

export interface SourceGroup {
  /** The source's URL: two clips of one article share it. */
  url: string;
  /** The source as the most recently edited of its clips has it (the reader's latest fixes). */
  source: ClipSource;
  /** When the source was first consulted: the earliest `accessed` of its clips. */
  accessed: string;
  /** The source's clips in the order they were given. */
  clips: Clip[];
}

/** Milliseconds of an ISO 8601 timestamp (offsets included); an unreadable one sorts first. */
const time = (iso: string) => {
  const ms = Date.parse(iso);
  return Number.isNaN(ms) ? -Infinity : ms;
};

/** Groups in the order their first clip was given. */
export function groupBySource(clips: readonly Clip[]): SourceGroup[] {
  const groups = new Map<string, SourceGroup>();
  const newest = new Map<string, string>();
  for (const clip of clips) {
    const url = clip.source.url;
    const group = groups.get(url);
    if (!group) {
      groups.set(url, { url, source: clip.source, accessed: clip.accessed, clips: [clip] });
      newest.set(url, clip.updated);
      continue;
    }
    group.clips.push(clip);
    if (clip.accessed && (!group.accessed || time(clip.accessed) < time(group.accessed)))
      group.accessed = clip.accessed;
    if (time(clip.updated) > time(newest.get(url) ?? '')) {
      group.source = clip.source;
      newest.set(url, clip.updated);
    }
  }
  return [...groups.values()];
}

/** Every tag of the group's clips, once each, in order of first use. */
export function groupTags(group: SourceGroup): string[] {
  const tags = new Set<string>();
  for (const clip of group.clips) for (const tag of clip.tags) if (tag.trim()) tags.add(tag.trim());
  return [...tags];
}
