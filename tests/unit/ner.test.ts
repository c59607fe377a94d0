import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildContext, lexiconKey } from '../../lib/recognize/ner/features';
import { GAZ_BITS } from '../../lib/recognize/ner/gazetteer';
import { encodeNerModel, loadNerModel, TAGS } from '../../lib/recognize/ner/model';
import { createTagger } from '../../lib/recognize/ner/tagger';
import { nerTokens, sentenceStarts } from '../../lib/recognize/ner/tokens';
import { roleDescriptor } from '../../lib/recognize/roles';

// The shipped model (public/model/ner.bin), on the reference article's text (the user's own
// sample article, also in demo/index.html).
const bytes = readFileSync(resolve(import.meta.dirname, '../../public/model/ner.bin'));
const tagger = createTagger(loadNerModel(bytes));
const PARAGRAPH =
  'The talks in Moscow involved Trump special envoy Steve Witkoff and Jared Kushner, who left the meeting convinced Putin wants to reach a deal, according to U.S. President Donald Trump. Witkoff and Kushner were due to meet later in Miami with Ukraine’s chief negotiator, Rustem Umerov, as the U.S. pushes direct diplomacy with both Kyiv and Moscow. In the Russia-occupied part of Kherson region, Moscow-installed regional leader Vladimir Saldo said two men were killed. Despite diplomatic efforts, Officials reported strikes.';

describe('the shipped NER model', () => {
  const spans = tagger.tag(PARAGRAPH);
  const named = (type: string) => spans.filter((s) => s.type === type).map((s) => s.text);

  it('finds people no pack lists', () => {
    for (const name of ['Steve Witkoff', 'Rustem Umerov', 'Vladimir Saldo', 'Jared Kushner'])
      expect(named('person')).toContain(name);
  });

  it('finds places and does not tag capitalised common words', () => {
    expect(named('place')).toEqual(expect.arrayContaining(['Moscow', 'Miami']));
    // "Kyiv" is newer than the 1996 training text ("Kiev"): the pack's gazetteer tells the model.
    const withPack = tagger.tag(PARAGRAPH, (key) => (key === 'kyiv' ? GAZ_BITS.place : 0));
    expect(withPack.filter((s) => s.type === 'place').map((s) => s.text)).toContain('Kyiv');
    for (const word of ['Despite', 'Officials', 'Overview'])
      expect(spans.map((s) => s.text)).not.toContain(word);
  });

  it('orders confidence by margin within a type (calibrated on held-out text)', () => {
    const tokens = nerTokens(PARAGRAPH);
    const people = tagger
      .tokenSpans(
        tokens.map((t) => t.text),
        sentenceStarts(PARAGRAPH, tokens),
      )
      .filter((s) => s.type === 'person')
      .sort((a, b) => a.margin - b.margin);
    expect(people.length).toBeGreaterThan(3);
    const confidences = people.map((s) => s.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => a - b));
    expect(confidences[0]).toBeLessThan(confidences.at(-1)!);
    const { calibration } = loadNerModel(bytes);
    // A wider margin is never less likely to be right, for every type.
    for (const t of [0, 1, 2]) expect(calibration![t * 2]).toBeGreaterThan(0);
  });

  it('gives confidences in 0..1 and offsets into the text', () => {
    for (const s of spans) {
      expect(PARAGRAPH.slice(s.start, s.end)).toBe(s.text);
      expect(s.confidence).toBeGreaterThan(0);
      expect(s.confidence).toBeLessThanOrEqual(1);
    }
  });

  it('never throws and stays linear on odd input', () => {
    expect(tagger.tag('')).toEqual([]);
    expect(tagger.tag('\u0000\u0001\u0002')).toEqual([]);
    expect(Array.isArray(tagger.tag('Путин встретился с Уиткоффом в Москве.'))).toBe(true);
    expect(Array.isArray(tagger.tag('x'.repeat(1_000_000)))).toBe(true);
    expect(Array.isArray(tagger.tag('Putin met Witkoff. '.repeat(20_000)))).toBe(true);
  });
});

describe('word classes', () => {
  it('look a word up in any case, and numbers by their digits only', () => {
    expect(lexiconKey('1996')).toBe(lexiconKey('2024'));
    expect(lexiconKey('19.5')).not.toBe(lexiconKey('1995'));
    expect(lexiconKey('reuters')).not.toBe(lexiconKey('reuter'));
    const keys = [lexiconKey('reuters'), lexiconKey('0000')].sort((a, b) => a - b);
    const classOf = (key: number) => (key === lexiconKey('reuters') ? [7, 3, 4] : [9, 1, 1]);
    const lexicon = {
      keys: Uint32Array.from(keys),
      values: Uint8Array.from(keys.flatMap(classOf)),
    };
    const words = ['REUTERS', 'Reuters', 'said', '1997', 'reuters'];
    const ctx = buildContext(words, [true, false, false, false, false], undefined, lexicon);
    expect([...ctx.classes]).toEqual([7, 3, 4, 7, 3, 4, 0, 0, 0, 9, 1, 1, 7, 3, 4]);
  });
});

describe('model file checks', () => {
  it('round-trips', () => {
    const model = {
      buckets: 16,
      classes: TAGS.length,
      scale: 0.5,
      weights: Int16Array.from({ length: 16 * TAGS.length }, (_, i) => i - 50),
    };
    expect(loadNerModel(encodeNerModel(model)).weights).toEqual(model.weights);
  });

  it('round-trips the word classes and the calibration', () => {
    const model = {
      buckets: 16,
      classes: TAGS.length,
      scale: 0.5,
      weights: new Int16Array(16 * TAGS.length),
      lexicon: {
        keys: Uint32Array.from([3, 7, 4000000000]),
        values: Uint8Array.from([1, 2, 3, 4, 5, 0, 250, 32, 4]),
      },
      calibration: Float32Array.from([0.5, -1, 0.25, 0, 2, 1.5]),
    };
    const loaded = loadNerModel(encodeNerModel(model));
    expect(loaded.lexicon).toEqual(model.lexicon);
    expect(loaded.calibration).toEqual(model.calibration);
  });

  it.each([
    ['empty', new Uint8Array(0), /not a Backstory model/],
    ['truncated', bytes.subarray(0, bytes.length - 100), /truncated or damaged/],
    [
      'flipped byte',
      (() => {
        const c = new Uint8Array(bytes);
        c[5000] ^= 0xff;
        return c;
      })(),
      /checksum/,
    ],
    [
      'changed calibration',
      (() => {
        const c = new Uint8Array(bytes);
        c[30] ^= 0x01;
        return c;
      })(),
      /checksum/,
    ],
    [
      'flipped word class',
      (() => {
        const c = new Uint8Array(bytes);
        c[c.length - 10] ^= 0x01;
        return c;
      })(),
      /checksum/,
    ],
    ['other file', new TextEncoder().encode('<html>not a model</html>'), /not a Backstory model/],
  ])('refuses a %s file with a clear error', (_, input, message) => {
    expect(() => loadNerModel(input)).toThrow(message);
  });
});

describe('role descriptors', () => {
  it.each([
    [
      'meet later in Miami with Ukraine’s chief negotiator, Rustem Umerov, as the U.S.',
      'Rustem Umerov',
      'Ukraine’s chief negotiator',
    ],
    [
      'The talks in Moscow involved Trump special envoy Steve Witkoff and Jared Kushner',
      'Steve Witkoff',
      'Trump special envoy',
    ],
    [
      'Moscow-installed regional leader Vladimir Saldo said two men',
      'Vladimir Saldo',
      'Moscow-installed regional leader',
    ],
    [
      'talks with Rustem Umerov, Ukraine’s chief negotiator, in Miami',
      'Rustem Umerov',
      'Ukraine’s chief negotiator',
    ],
    ['involved Steve Witkoff and Jared Kushner, who left', 'Jared Kushner', undefined],
  ])('%s', (text, name, role) => {
    const start = text.indexOf(name);
    expect(roleDescriptor(text, start, start + name.length)).toBe(role);
  });
});

describe('recognition with the tagger', () => {
  it('names a facility by its head word, over the place inside it', async () => {
    const { prepare, finish } = await import('../../lib/recognize/recognize');
    const text =
      'The Kherson Thermal Power Plant — which supplies heat for more than 40,000 residents — was forced to shut down.';
    const kherson = [{ id: 'k', type: 'place' as const, name: 'Kherson', prominence: 0.6 }];
    const mentions = finish(
      prepare(text),
      (k) => (k === 'kherson' ? kherson : undefined),
      new Map(),
      tagger,
    );
    expect(mentions.map((m) => `${m.type}:${m.text}`)).toEqual([
      'org:Kherson Thermal Power Plant',
      'figure:more than 40,000 residents',
    ]);
  });
});
