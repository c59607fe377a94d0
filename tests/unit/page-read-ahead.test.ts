// @vitest-environment happy-dom
/**
 * Reading ahead while the page loads: paragraphs are prepared and their keys looked up before
 * the scan, the scan reuses both (one lookup per key, never two), and the warm-up leaves the
 * page as it was.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { startEarlyRead } from '../../entrypoints/content/early-read';
import { PageSession } from '../../entrypoints/content/page-session';
import { warmUp } from '../../entrypoints/content/warm-up';
import type { EntityHit } from '../../lib/types/mention';
import { TaskClock } from '../../lib/scheduling';

const PUTIN: EntityHit = { id: 'putin', type: 'person', name: 'Vladimir Putin', prominence: 1 };
const PARAGRAPHS = [
  'Vladimir Putin met envoys in Moscow on Tuesday, officials said, as Russia launched 138 drones and two missiles at Ukrainian cities overnight.',
  'The talks lasted five hours. Officials in Kyiv said more than 40 residential buildings were damaged and 1,200 people were evacuated.',
  'Putin said the meeting had been useful, but the Kremlin gave no details of any agreement reached with the visiting delegation.',
];

function setBody(html: string) {
  document.body.innerHTML = html;
}

function sessionWith(resolve: (keys: string[]) => Promise<Record<string, EntityHit[]> | null>) {
  return new PageSession({ doc: document, resolve, report: () => undefined, isMuted: () => false, onChange: () => undefined });
}

/** What the early read does with one parser step's paragraphs. */
function readAhead(session: PageSession, texts: string[]) {
  session.lookUpAhead(texts.flatMap((t) => session.prepareAhead(t)));
}

const readyState = (state: DocumentReadyState) => Object.defineProperty(document, 'readyState', { configurable: true, get: () => state });

afterEach(() => {
  Reflect.deleteProperty(document, 'readyState');
  setBody('');
});

describe('PageSession reading ahead', () => {
  it('looks keys up once: the scan reuses what was read ahead', async () => {
    setBody(`<article><h1>Putin meets envoys</h1>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const asked: string[][] = [];
    const session = sessionWith(async (keys) => {
      asked.push(keys);
      return Object.fromEntries(keys.filter((k) => k === 'vladimir putin').map((k) => [k, [PUTIN]]));
    });
    readAhead(session, PARAGRAPHS);
    expect(asked).toHaveLength(1);
    expect(asked[0]).toContain('vladimir putin');
    await session.scanAll();
    // Only keys the paragraphs did not hold (the headline's) are asked for by the scan.
    const again = asked.slice(1).flat();
    for (const key of asked[0]) expect(again).not.toContain(key);
    const putin = session.allEntries().filter((e) => e.mention.entityId === 'putin');
    expect(putin.map((e) => e.range.toString())).toEqual(['Vladimir Putin', 'Putin']);
  });

  it('waits for a lookup still under way instead of asking again', async () => {
    setBody(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    let answer: (value: Record<string, EntityHit[]>) => void = () => undefined;
    const calls: string[][] = [];
    const session = sessionWith((keys) => {
      calls.push(keys);
      return calls.length === 1 ? new Promise((done) => (answer = done)) : Promise.resolve({});
    });
    readAhead(session, PARAGRAPHS);
    const scan = session.scanAll();
    await new Promise((r) => setTimeout(r, 20));
    // The scan has shown the figures and is waiting for the names.
    expect(session.allEntries().some((e) => e.type === 'figure')).toBe(true);
    expect(session.allEntries().some((e) => e.type === 'person')).toBe(false);
    answer({ 'vladimir putin': [PUTIN] });
    await scan;
    expect(calls.flat().filter((k) => k === 'vladimir putin')).toHaveLength(1);
    expect(session.allEntries().some((e) => e.mention.entityId === 'putin')).toBe(true);
  });

  it('treats a failed lookup as unknown names, and figures still show', async () => {
    setBody(`<article>${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('')}</article>`);
    const session = sessionWith(() => Promise.reject(new Error('worker gone')));
    readAhead(session, PARAGRAPHS);
    await session.scanAll();
    expect(session.allEntries().some((e) => e.mention.entityId)).toBe(false);
    expect(session.counts().figure).toBeGreaterThan(0);
  });
});

describe('PageSession reading the page again', () => {
  it('keeps the roots it found when asked to (the model pass), and looks again once one has left the page', async () => {
    const prose = (word: string) => `<p>${`${word} officials said 12 drones were shot down overnight near the border. `.repeat(6)}</p>`;
    setBody(`<article id="first">${prose('Kyiv')}${prose('Odesa')}</article>`);
    const session = sessionWith(async () => ({}));
    await session.scanAll();
    expect(session.roots.map((r) => r.root.id)).toEqual(['first']);
    // A bigger story appears: only a fresh look finds it.
    document.body.insertAdjacentHTML('beforeend', `<article id="second">${prose('Lviv').repeat(4)}</article>`);
    await session.scanAll({ sameRoots: true });
    expect(session.roots.map((r) => r.root.id)).toEqual(['first']);
    expect(session.counts().figure).toBeGreaterThan(0);
    document.getElementById('first')!.remove();
    await session.scanAll({ sameRoots: true });
    expect(session.roots.map((r) => r.root.id)).toEqual(['second']);
    await session.scanAll();
    expect(session.roots.map((r) => r.root.id)).toEqual(['second']);
  });
});

describe('PageSession on a long article', () => {
  it('shows the first screenful first, then reads the rest once, overlapping the lookups', async () => {
    // A name of its own in every paragraph, so the rest of the article has keys of its own to send.
    const surname = (i: number) => `${'BCDFGHKLMNPRSTVZ'[i % 16]}${'aeiou'[i % 5]}${'rlnst'[Math.floor(i / 16)]}ovich`;
    const paragraph = (i: number) => `<p>In paragraph ${i}, Vladimir Putin told Ivan ${surname(i)} that ${i + 2} drones were shot down near the border overnight.</p>`;
    setBody(`<article><h1>Drones shot down</h1>${Array.from({ length: 60 }, (_, i) => paragraph(i)).join('')}</article>`);
    const published: number[] = [];
    const asked: string[][] = [];
    let release: () => void = () => undefined;
    const gate = new Promise<void>((r) => (release = r));
    const session = new PageSession({
      doc: document,
      resolve: async (keys) => {
        asked.push(keys);
        await gate;
        return Object.fromEntries(keys.filter((k) => k === 'vladimir putin').map((k) => [k, [PUTIN]]));
      },
      report: () => undefined,
      isMuted: () => false,
      onChange: () => published.push(session.allEntries().length),
    });
    const scan = session.scanAll();
    await new Promise((r) => setTimeout(r, 30));
    // Figures of the first part are shown while its names are looked up; the rest of the
    // article's keys have been sent as well (no key twice).
    expect(published.length).toBeGreaterThan(0);
    expect(published[0]).toBeGreaterThan(0);
    expect(published[0]).toBeLessThan(20);
    // The first screenful's names are asked for first.
    expect(asked[0].some((key) => key.includes(surname(0).toLowerCase()))).toBe(true);
    expect(asked.length).toBeGreaterThan(1);
    expect(new Set(asked.flat()).size).toBe(asked.flat().length);
    release();
    await scan;
    const entries = session.allEntries();
    // Every paragraph read exactly once, across the point where the first part ended.
    expect(entries.filter((e) => e.mention.entityId === 'putin')).toHaveLength(60);
    expect(entries.filter((e) => e.type === 'figure')).toHaveLength(60);
    for (let i = 1; i < entries.length; i++) expect(entries[i].start).toBeGreaterThan(entries[i - 1].start);
  });
});

describe('startEarlyRead', () => {
  const flush = () => new Promise((r) => setTimeout(r, 0));

  it('reads paragraphs as the parser adds them, holding back the one still open', async () => {
    readyState('loading');
    const read: string[][] = [];
    let batch: string[] = [];
    const target = { prepareAhead: (text: string) => (batch.push(text), [text]), lookUpAhead: () => (read.push(batch), (batch = [])) };
    const stop = startEarlyRead(document, target, new TaskClock());
    const add = (html: string) => document.body.insertAdjacentHTML('beforeend', html);
    add(`<p>${PARAGRAPHS[0]}</p><nav><p>${PARAGRAPHS[1]} (in the menu)</p></nav><p contenteditable="true">${PARAGRAPHS[1]} (editable)</p>`);
    add('<p>Short byline</p>');
    add(`<p>${PARAGRAPHS[2]}</p>`);
    await flush();
    // The last paragraph may still be receiving text: it waits; menu, editable and short ones are skipped.
    expect(read.flat()).toEqual([PARAGRAPHS[0]]);
    add(`<p>${PARAGRAPHS[1]}</p>`);
    await flush();
    expect(read.flat()).toEqual([PARAGRAPHS[0], PARAGRAPHS[2]]);
    stop();
    add('<p>After the stop, nothing more is read even though it is long enough to be.</p><p>x</p>');
    await flush();
    expect(read.flat()).toHaveLength(2);
  });

  it('does nothing once parsing is over (the scan is about to run)', async () => {
    readyState('interactive');
    const prepareAhead = vi.fn(() => []);
    const lookUpAhead = vi.fn();
    const stop = startEarlyRead(document, { prepareAhead, lookUpAhead }, new TaskClock());
    document.body.insertAdjacentHTML('beforeend', `<p>${PARAGRAPHS[0]}</p><p>${PARAGRAPHS[1]}</p>`);
    await flush();
    expect(prepareAhead).not.toHaveBeenCalled();
    expect(lookUpAhead).not.toHaveBeenCalled();
    stop();
  });

  it('reads a bounded head start, however long the page', async () => {
    readyState('loading');
    const read: string[] = [];
    const stop = startEarlyRead(document, { prepareAhead: (text) => (read.push(text), []), lookUpAhead: () => undefined }, new TaskClock());
    document.body.insertAdjacentHTML('beforeend', Array.from({ length: 500 }, (_, i) => `<p>${i}: ${PARAGRAPHS[i % 3]}</p>`).join(''));
    await flush();
    const chars = read.reduce((n, t) => n + t.length, 0);
    expect(chars).toBeGreaterThan(4_000);
    expect(chars).toBeLessThan(10_000);
    stop();
  });
});

describe('warmUp', () => {
  it('runs the pipeline on a document of its own and leaves the page untouched', () => {
    setBody(`<article><p>${PARAGRAPHS[0]}</p></article>`);
    const before = document.documentElement.outerHTML;
    const sheets = document.adoptedStyleSheets.length;
    expect(() => warmUp(document)).not.toThrow();
    expect(document.documentElement.outerHTML).toBe(before);
    expect(document.adoptedStyleSheets.length).toBe(sheets);
  });
});
