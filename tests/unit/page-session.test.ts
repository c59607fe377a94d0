// @vitest-environment happy-dom
/**
 * The page session: the article's blocks go to the recognizer in batches (a first screenful,
 * then the rest), the mentions that come back become ranges over the page's own text, the
 * short-form memory is carried from one batch to the next, and mutes filter without asking the
 * background again. The recognizer here is the background's real one, over a small alias map.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import { FIRST_BATCH_CHARS } from '../../lib/constants';
import { PageSession, type Recognize } from '../../lib/page/page-session';
import type { EntityHit, Mention } from '../../lib/types/mention';

const PUTIN: EntityHit = { id: 'putin', type: 'person', name: 'Vladimir Putin', prominence: 1 };
const KYIV: EntityHit = { id: 'kyiv', type: 'place', name: 'Kyiv', prominence: 1 };
const KNOWN: Record<string, EntityHit[]> = { 'vladimir putin': [PUTIN], kyiv: [KYIV] };

const host = createRecognizerHost({
  resolve: async (keys) =>
    Object.fromEntries(keys.filter((k) => KNOWN[k]).map((k) => [k, KNOWN[k]])),
  // No model here: pack names, short forms and figures.
  loadModel: () => Promise.reject(new Error('no model in this test')),
  report: () => undefined,
});

function sessionWith(
  options: { recognize?: Recognize; isMuted?: (m: Mention) => boolean; onChange?: () => void } = {},
) {
  const session: PageSession = new PageSession({
    doc: document,
    recognize: options.recognize ?? ((blocks, carry) => host.recognizeBlocks(blocks, carry)),
    isMuted: options.isMuted ?? (() => false),
    onChange: options.onChange ?? (() => undefined),
  });
  return session;
}

afterEach(() => {
  document.body.innerHTML = '';
});

const PARAGRAPHS = [
  'Vladimir Putin met envoys in Moscow on Tuesday, officials said, as Russia launched 138 drones and two missiles at Ukrainian cities overnight.',
  'The talks lasted five hours. Officials in Kyiv said more than 40 residential buildings were damaged and 1,200 people were evacuated.',
  'Putin said the meeting had been useful, but the Kremlin gave no details of any agreement reached with the visiting delegation.',
];

describe('PageSession', () => {
  it('paints what the recognizer finds, as ranges over the page text', async () => {
    document.body.innerHTML = `<article><h1>Putin meets envoys</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    const session = sessionWith();
    await session.scan();
    const putin = session.allEntries().filter((e) => e.mention.entityId === 'putin');
    // The headline's "Putin" comes before the full name: a surname links to the full name
    // anywhere in the request, before it or after it.
    expect(putin.map((e) => e.range.toString())).toEqual(['Putin', 'Vladimir Putin', 'Putin']);
    expect(putin.map((e) => e.mention.via)).toEqual(['short-form', 'alias', 'short-form']);
    expect(
      session
        .allEntries()
        .find((e) => e.mention.entityId === 'kyiv')
        ?.range.toString(),
    ).toBe('Kyiv');
    expect(session.counts().figure).toBeGreaterThanOrEqual(4);
    expect(session.scanned).toBe(true);
  });

  it('finds a name its source wraps across lines, and names it with one space', async () => {
    const wrapped = PARAGRAPHS.map((p) => p.replace(/ /g, '\n        ')).map((p) => `<p>${p}</p>`);
    document.body.innerHTML = `<article>${wrapped.join('\n')}</article>`;
    const session = sessionWith();
    await session.scan();
    const putin = session.allEntries().filter((e) => e.mention.entityId === 'putin');
    expect(putin.map((e) => e.range.toString())).toEqual(['Vladimir\n        Putin', 'Putin']);
    expect(putin.map((e) => e.mention.name)).toEqual(['Vladimir Putin', 'Vladimir Putin']);
    expect(session.counts().figure).toBeGreaterThanOrEqual(4);
  });

  it('shows nothing, and leaves the page alone, when the background cannot answer', async () => {
    const html = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    document.body.innerHTML = html;
    const session = sessionWith({ recognize: async () => null });
    await session.scan();
    expect(session.allEntries()).toHaveLength(0);
    expect(document.body.innerHTML).toBe(html);
  });

  it('keeps the root it found when asked to, and looks again once it has left the page', async () => {
    const prose = (word: string) =>
      `<p>${`${word} officials said 12 drones were shot down overnight near the border. `.repeat(6)}</p>`;
    document.body.innerHTML = `<article id="first">${prose('Kyiv')}${prose('Odesa')}</article>`;
    const session = sessionWith();
    await session.scan();
    expect(session.root?.root.id).toBe('first');
    // A bigger story appears: only a fresh look finds it.
    document.body.insertAdjacentHTML(
      'beforeend',
      `<article id="second">${prose('Lviv').repeat(4)}</article>`,
    );
    await session.scan({ sameRoot: true });
    expect(session.root?.root.id).toBe('first');
    expect(session.counts().figure).toBeGreaterThan(0);
    document.getElementById('first')!.remove();
    await session.scan({ sameRoot: true });
    expect(session.root?.root.id).toBe('second');
    await session.scan();
    expect(session.root?.root.id).toBe('second');
  });

  it('filters muted names again without asking the background', async () => {
    document.body.innerHTML = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    let muted = false;
    let requests = 0;
    const session = sessionWith({
      recognize: (blocks, carry) => (requests++, host.recognizeBlocks(blocks, carry)),
      isMuted: (m) => muted && m.entityId === 'putin',
    });
    await session.scan();
    const asked = requests;
    expect(session.mentionCount('putin')).toBe(2);
    muted = true;
    session.refilter();
    expect(session.mentionCount('putin')).toBe(0);
    expect(session.mentionCount('kyiv')).toBe(1);
    muted = false;
    session.refilter();
    expect(session.mentionCount('putin')).toBe(2);
    expect(requests).toBe(asked);
  });

  it('reads the page in a task of its own, and a newer scan cancels one not yet begun', async () => {
    document.body.innerHTML = `<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`;
    let asked = 0;
    const session = sessionWith({
      recognize: (blocks, carry) => (asked++, host.recognizeBlocks(blocks, carry)),
    });
    const first = session.scan();
    // Nothing is read inside the caller's task (at DOMContentLoaded, the page's own).
    expect(asked).toBe(0);
    expect(session.root).toBeNull();
    const second = session.scan();
    await Promise.all([first, second]);
    expect(asked).toBe(1);
    expect(session.allEntries().some((e) => e.mention.entityId === 'putin')).toBe(true);
    expect(session.scanned).toBe(true);
  });
});

describe('PageSession on a long article', () => {
  it('sends a first screenful first, then the rest once, carrying short forms across batches', async () => {
    const paragraph = (i: number) =>
      `<p>In paragraph ${i}, ${i === 0 ? 'Vladimir Putin' : 'Putin'} said ${i + 2} drones were shot down near the border overnight.</p>`;
    document.body.innerHTML = `<article><h1>Drones shot down</h1>${Array.from({ length: 300 }, (_, i) => paragraph(i)).join('')}</article>`;
    const batches: { start: number; chars: number }[] = [];
    const published: number[] = [];
    const session: PageSession = sessionWith({
      recognize: (blocks, carry) => {
        batches.push({
          start: blocks[0].start,
          chars: blocks.reduce((n, b) => n + b.text.length, 0),
        });
        return host.recognizeBlocks(blocks, carry);
      },
      onChange: () => published.push(session.allEntries().length),
    });
    await session.scan();
    expect(batches.length).toBeGreaterThan(1);
    expect(batches[0].chars).toBeLessThanOrEqual(FIRST_BATCH_CHARS);
    // Every block sent once, in order.
    for (let i = 1; i < batches.length; i++)
      expect(batches[i].start).toBeGreaterThan(batches[i - 1].start);
    // Highlights appeared batch by batch, not only at the end.
    expect(published[0]).toBeGreaterThan(0);
    expect(published[0]).toBeLessThan(published[published.length - 1]);
    const entries = session.allEntries();
    // "Putin" in every later batch links to the full name read in the first one.
    expect(entries.filter((e) => e.mention.entityId === 'putin')).toHaveLength(300);
    expect(entries.filter((e) => e.type === 'figure')).toHaveLength(300);
    for (let i = 1; i < entries.length; i++)
      expect(entries[i].start).toBeGreaterThan(entries[i - 1].start);
  });

  it('keeps a mute made while the page is read, for what was read before it and after', async () => {
    const paragraph = (i: number) =>
      `<p>In paragraph ${i}, ${i === 0 ? 'Vladimir Putin' : 'Putin'} said ${i + 2} drones were shot down over Kyiv.</p>`;
    document.body.innerHTML = `<article><h1>Drones</h1>${Array.from({ length: 300 }, (_, i) => paragraph(i)).join('')}</article>`;
    let muted = false;
    let batches = 0;
    const session: PageSession = sessionWith({
      recognize: async (blocks, carry) => {
        // The reader mutes the name after the first batch has been shown.
        if (++batches === 2) {
          muted = true;
          session.refilter();
        }
        return host.recognizeBlocks(blocks, carry);
      },
      isMuted: (m) => muted && m.entityId === 'putin',
    });
    await session.scan();
    expect(batches).toBeGreaterThan(1);
    expect(session.mentionCount('putin')).toBe(0);
    expect(session.mentionCount('kyiv')).toBe(300);
    // Nothing shown twice, and still in text order.
    const entries = session.allEntries();
    for (let i = 1; i < entries.length; i++)
      expect(entries[i].start).toBeGreaterThan(entries[i - 1].start);
    muted = false;
    session.refilter();
    expect(session.mentionCount('putin')).toBe(300);
  });
});
