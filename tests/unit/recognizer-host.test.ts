/**
 * The background's recognizer: the name model is loaded and checked once per worker start, a
 * damaged file leaves the packs' names working, and page offsets come back as sent.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createRecognizerHost } from '../../lib/background/recognizer-host';
import type { EntityHit } from '../../lib/types/mention';

const file = readFileSync(resolve(import.meta.dirname, '../../public/model/ner.bin'));
const good = () => new Uint8Array(file).buffer;
/** Same header and length, one weight byte flipped: only the full checksum can tell. */
const flipped = () => {
  const copy = new Uint8Array(file);
  copy[5000] ^= 0xff;
  return copy.buffer;
};

const KYIV: EntityHit = { id: 'kyiv', type: 'place', name: 'Kyiv', prominence: 1 };
const TEXT =
  'Trump special envoy Steve Witkoff arrived in Kyiv on Tuesday. Witkoff met officials for five hours.';

function hostWith(loadModel: () => Promise<ArrayBuffer>) {
  const reports: string[] = [];
  let loads = 0;
  const host = createRecognizerHost({
    resolve: async (keys): Promise<Record<string, EntityHit[]>> =>
      keys.includes('kyiv') ? { kyiv: [KYIV] } : {},
    loadModel: () => (loads++, loadModel()),
    report: (context, message) => reports.push(`${context}: ${message}`),
  });
  return { host, reports, loads: () => loads };
}

describe('recognizer host', () => {
  it('finds names no pack knows with the model, loaded once for every request', async () => {
    const { host, reports, loads } = hostWith(async () => good());
    const first = await host.recognizeBlocks([{ start: 100, text: TEXT }]);
    const witkoff = first.mentions.filter((m) => m.text === 'Steve Witkoff');
    expect(witkoff).toHaveLength(1);
    expect(witkoff[0]).toMatchObject({
      type: 'person',
      via: 'model',
      start: 100 + TEXT.indexOf('Steve Witkoff'),
    });
    expect(first.mentions.find((m) => m.entityId === 'kyiv')?.start).toBe(
      100 + TEXT.indexOf('Kyiv'),
    );
    await host.recognizeBlocks([{ start: 0, text: 'Witkoff left Kyiv.' }], first.carry);
    expect(loads()).toBe(1);
    expect(reports).toEqual([]);
  });

  it('paints a name with a particle whole on the second read, not its words alone', async () => {
    // The first read learns "Jacob Le Maire"; the second matches "Jacob" and "Maire" of it.
    const { host } = hostWith(async () => good());
    const text = 'The strait was discovered by Jacob Le Maire in 1616.';
    const { mentions } = await host.recognizeBlocks([{ start: 0, text }]);
    expect(mentions.map((m) => [m.text, m.type])).toEqual([['Jacob Le Maire', 'person']]);
  });

  it('reads a name across a soft hyphen or a zero-width space, at the page’s offsets', async () => {
    const { host } = hostWith(async () => good());
    const text = 'Trump special envoy Steve Wit\u00adkoff arrived in Ky\u200biv on Tuesday.';
    const { mentions } = await host.recognizeBlocks([{ start: 40, text }]);
    const at = (m: { start: number; end: number }) => text.slice(m.start - 40, m.end - 40);
    const witkoff = mentions.find((m) => m.name === 'Steve Witkoff');
    expect(witkoff && at(witkoff)).toBe('Steve Wit\u00adkoff');
    const kyiv = mentions.find((m) => m.entityId === 'kyiv');
    expect(kyiv && at(kyiv)).toBe('Ky\u200biv');
    expect(mentions.map((m) => m.text)).not.toContain('Wit');
  });

  it('names a model name the page wraps across source lines with one space', async () => {
    const { host } = hostWith(async () => good());
    const text = TEXT.replace('Steve Witkoff', 'Steve      Witkoff');
    const { mentions } = await host.recognizeBlocks([{ start: 0, text }]);
    const witkoff = mentions.find((m) => m.start === text.indexOf('Steve'));
    expect(witkoff).toMatchObject({ text: 'Steve      Witkoff', name: 'Steve Witkoff' });
  });

  it('refuses a damaged model once, says so, and still finds the packs’ names and figures', async () => {
    const { host, reports, loads } = hostWith(async () => flipped());
    const { mentions } = await host.recognizeBlocks([{ start: 0, text: TEXT }]);
    expect(mentions.some((m) => m.via === 'model')).toBe(false);
    expect(mentions.map((m) => m.text)).toEqual(expect.arrayContaining(['Kyiv', 'five hours']));
    await host.recognizeBlocks([{ start: 0, text: TEXT }]);
    expect(loads()).toBe(1);
    expect(reports).toHaveLength(1);
    expect(reports[0]).toMatch(/name model: unavailable, names from packs only: .*checksum/i);
  });

  it('carries a page’s short forms from one request to the next', async () => {
    const { host } = hostWith(async () => good());
    const first = await host.recognizeBlocks([
      { start: 0, text: 'Trump special envoy Steve Witkoff arrived on Tuesday.' },
    ]);
    const later = await host.recognizeBlocks(
      [{ start: 500, text: 'Officials said Witkoff had met them for five hours.' }],
      first.carry,
    );
    const alone = await host.recognizeBlocks([
      { start: 500, text: 'Officials said Witkoff had met them for five hours.' },
    ]);
    expect(later.mentions.find((m) => m.text === 'Witkoff')?.name).toBe('Steve Witkoff');
    expect(alone.mentions.find((m) => m.text === 'Witkoff')?.name).not.toBe('Steve Witkoff');
  });

  it('links a surname to the full name that a later block of the request gives', async () => {
    const { host } = hostWith(async () => good());
    const blocks = [
      'Witkoff heads to Kyiv',
      'Officials in Kyiv expect talks for five hours.',
      'Trump special envoy Steve Witkoff arrived on Tuesday.',
      'The envoy left Kyiv after the talks.',
    ];
    let start = 0;
    const { mentions } = await host.recognizeBlocks(
      blocks.map((text) => ({ start: (start += 100), text })),
    );
    const byText = (text: string) => mentions.filter((m) => m.text === text);
    expect(byText('Witkoff')).toEqual([
      expect.objectContaining({ start: 100, name: 'Steve Witkoff', via: 'short-form' }),
    ]);
    // The blocks that name no one learnt later keep what their first read found.
    expect(byText('Kyiv').map((m) => m.start)).toEqual([
      100 + blocks[0].indexOf('Kyiv'),
      200 + blocks[1].indexOf('Kyiv'),
      400 + blocks[3].indexOf('Kyiv'),
    ]);
  });
});

describe('recognizer host and the protocol', () => {
  it('keeps the carry within what the protocol accepts, however many people a page names', async () => {
    const v = await import('valibot');
    const { RequestSchema } = await import('../../lib/messaging/schemas');
    const { RECOGNIZE_LIMITS } = await import('../../lib/constants');
    const people = Array.from({ length: RECOGNIZE_LIMITS.carry + 50 }, (_, i) => `person${i}`);
    const host = createRecognizerHost({
      // Every "Firstname Surname" pair is a known person, so each one adds a short form.
      resolve: async (keys) =>
        Object.fromEntries(
          keys
            .filter((k) => k.startsWith('anna '))
            .map((k) => [k, [{ id: k, type: 'person' as const, name: k, prominence: 1 }]]),
        ),
      loadModel: () => Promise.reject(new Error('no model in this test')),
      report: () => undefined,
    });
    const text = people
      .map((p) => `Anna ${p.charAt(0).toUpperCase()}${p.slice(1)} spoke.`)
      .join(' ');
    const { carry } = await host.recognizeBlocks([{ start: 0, text }]);
    expect(carry).toHaveLength(RECOGNIZE_LIMITS.carry);
    expect(
      v.is(RequestSchema, { type: 'recognize', blocks: [{ start: 0, text: 'Later.' }], carry }),
    ).toBe(true);
  });
});

describe('recognizer host: languages', () => {
  const FRENCH =
    'Le président Emmanuel Macron est arrivé à Kyiv mardi ; le chômage atteint 7,5 % selon les chiffres.';
  it('reads no names in a page declared in another language, and keeps its figures', async () => {
    const { host } = hostWith(async () => good());
    const answer = await host.recognizeBlocks([{ start: 10, text: FRENCH }], [], 'fr');
    expect(answer.mentions).toEqual([
      expect.objectContaining({ type: 'figure', text: '7,5 %', start: 10 + FRENCH.indexOf('7,5') }),
    ]);
    expect(answer.foreignChars).toBe(FRENCH.length);
  });

  it('reads names in the English blocks of an undeclared page only', async () => {
    const { host } = hostWith(async () => good());
    const answer = await host.recognizeBlocks([
      { start: 0, text: TEXT },
      { start: 200, text: FRENCH },
    ]);
    expect(answer.mentions.some((m) => m.entityId === 'kyiv' && m.start < 200)).toBe(true);
    // "7,5" could be seven and a half or seventy-five: with no language declared it is left out.
    expect(answer.mentions.filter((m) => m.start >= 200)).toEqual([]);
    expect(answer.foreignChars).toBe(FRENCH.length);
  });
});
