/**
 * Inference: greedy left-to-right tagging with the averaged-perceptron weights, I- tags allowed
 * only after a tag of the same type. Linear in the text; never throws.
 */
import type { EntityType } from '../../types/mention';
import {
  buildContext,
  MAX_FEATURES,
  recordTag,
  tokenFeatures,
  type FeatureContext,
} from './features';
import { gazetteerMasks } from './gazetteer';
import { TAGS, type NerModel, type Tag } from './model';
import { nerTokens, sentenceStarts } from './tokens';

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /**
   * 0..1: the share of spans with this confidence that were right (type and exact extent) on
   * held-out text, from the smallest margin between a token's best tag and its runner-up.
   */
  confidence: number;
}

/** A span over token indices [start, end), before offsets: what evaluation and calibration read. */
export interface TokenSpan {
  start: number;
  end: number;
  type: EntityType;
  /** Smallest score margin over the span's tokens (the model's own units). */
  margin: number;
  confidence: number;
}

const TYPE_OF: Record<string, EntityType | undefined> = { PER: 'person', LOC: 'place', ORG: 'org' };

/** May `tag` follow `prev`? An I- tag continues a span of its own type only. */
export function allowed(tag: number, prev: number): boolean {
  return tag === 0 || tag % 2 === 1 || prev === tag || prev === tag - 1;
}

export interface Tagger {
  /** Tags for pre-split tokens (evaluation on CoNLL files). */
  tagTokens(words: string[], sentenceStart: boolean[], gazetteer?: Uint8Array): Tag[];
  /** Named spans in raw text; `lookup` gives pack membership masks (alias key, words as written). */
  tag(text: string, lookup?: (key: string, written: string) => number): NerSpan[];
  /** Person, place and organisation spans over pre-split tokens, with their margins. */
  tokenSpans(words: string[], sentenceStart: boolean[], gazetteer?: Uint8Array): TokenSpan[];
}

const TYPE_INDEX: Record<EntityType, number> = { person: 0, place: 1, org: 2 };

export function createTagger(model: NerModel): Tagger {
  const { buckets, classes, weights, scale, lexicon } = model;
  const calibration = model.calibration ?? new Float32Array([1, 0, 1, 0, 1, 0]);
  const feats = new Uint32Array(MAX_FEATURES);
  const scores = new Int32Array(classes);

  function decode(ctx: FeatureContext): { tags: Uint8Array; margins: Float32Array } {
    const n = ctx.words.length;
    const tags = new Uint8Array(n);
    const margins = new Float32Array(n);
    let prev1 = 0;
    let prev2 = 0;
    for (let i = 0; i < n; i++) {
      if (ctx.sentenceStart[i]) prev1 = prev2 = 0;
      const count = tokenFeatures(ctx, i, prev1, prev2, buckets, feats);
      // Nine tags (the loader checks): the sums stay in locals, one pass over each row.
      let s0 = 0,
        s1 = 0,
        s2 = 0,
        s3 = 0,
        s4 = 0,
        s5 = 0,
        s6 = 0,
        s7 = 0,
        s8 = 0;
      for (let f = 0; f < count; f++) {
        const b = feats[f] * 9;
        s0 += weights[b];
        s1 += weights[b + 1];
        s2 += weights[b + 2];
        s3 += weights[b + 3];
        s4 += weights[b + 4];
        s5 += weights[b + 5];
        s6 += weights[b + 6];
        s7 += weights[b + 7];
        s8 += weights[b + 8];
      }
      scores[0] = s0;
      scores[1] = s1;
      scores[2] = s2;
      scores[3] = s3;
      scores[4] = s4;
      scores[5] = s5;
      scores[6] = s6;
      scores[7] = s7;
      scores[8] = s8;
      let best = 0;
      let second = -2147483648;
      for (let c = 1; c < classes; c++) {
        // I- tags (even) only continue a span of their own type.
        if (c % 2 === 0 && prev1 !== c && prev1 !== c - 1) continue;
        if (scores[c] > scores[best]) {
          second = scores[best];
          best = c;
        } else if (scores[c] > second) second = scores[c];
      }
      tags[i] = best;
      recordTag(ctx, i, best);
      margins[i] = (scores[best] - (second === -2147483648 ? scores[best] : second)) * scale;
      prev2 = prev1;
      prev1 = best;
    }
    return { tags, margins };
  }

  function spansOf(ctx: FeatureContext): TokenSpan[] {
    const { tags, margins } = decode(ctx);
    const spans: TokenSpan[] = [];
    for (let i = 0; i < tags.length;) {
      const tag = TAGS[tags[i]];
      const type = TYPE_OF[tag.slice(2)];
      if (tag === 'O' || !type) {
        i++;
        continue;
      }
      let j = i + 1;
      let margin = margins[i];
      while (j < tags.length && TAGS[tags[j]] === `I-${tag.slice(2)}`)
        margin = Math.min(margin, margins[j++]);
      const t = TYPE_INDEX[type];
      const confidence =
        1 / (1 + Math.exp(-(calibration[t * 2] * margin + calibration[t * 2 + 1])));
      spans.push({ start: i, end: j, type, margin, confidence });
      i = j;
    }
    return spans;
  }

  return {
    tagTokens(words, sentenceStart, gazetteer) {
      const { tags } = decode(buildContext(words, sentenceStart, gazetteer, lexicon));
      return [...tags].map((t) => TAGS[t]);
    },
    tokenSpans(words, sentenceStart, gazetteer) {
      return spansOf(buildContext(words, sentenceStart, gazetteer, lexicon));
    },
    tag(text, lookup) {
      const tokens = nerTokens(text);
      if (!tokens.length) return [];
      // The model learnt from straight apostrophes (CoNLL); news mostly prints curly ones, and
      // "Fitzgerald’s" read as unseen text lost the name before it.
      const words = tokens.map((t) => t.text.replace(/[’‘]/g, "'"));
      const starts = sentenceStarts(text, tokens);
      const gazetteer = lookup ? gazetteerMasks(words, lookup) : undefined;
      const spans: NerSpan[] = [];
      for (const span of spansOf(buildContext(words, starts, gazetteer, lexicon))) {
        // Punctuation at a span's edges ("Plant —") is never part of a name.
        let first = span.start;
        let last = span.end - 1;
        while (first <= last && !/[\p{L}\d]/u.test(tokens[first].text)) first++;
        // A name ends at its possessive ("Highland Park High’s TDs").
        for (let i = first + 1; i <= last; i++) if (/^['’]s$/.test(tokens[i].text)) last = i - 1;
        while (last >= first && !/[\p{L}\d]/u.test(tokens[last].text)) last--;
        if (first > last) continue;
        const start = tokens[first].start;
        const end = tokens[last].end;
        spans.push({
          start,
          end,
          type: span.type,
          text: text.slice(start, end),
          confidence: span.confidence,
        });
      }
      return spans;
    },
  };
}
