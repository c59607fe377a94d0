/**
 * Inference: greedy left-to-right tagging with the averaged-perceptron weights, I- tags allowed
 * only after a tag of the same type. Linear in the text; never throws.
 */
import type { EntityType } from '../../types/mention';
import { buildContext, MAX_FEATURES, tokenFeatures, type FeatureContext } from './features';
import { gazetteerMasks } from './gazetteer';
import { TAGS, type NerModel, type Tag } from './model';
import { nerTokens, sentenceStarts } from './tokens';

export interface NerSpan {
  start: number;
  end: number;
  type: EntityType;
  text: string;
  /** 0..1 from the margin between the best tag and the runner-up. */
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
  /** Named spans in raw text; `lookup` gives pack membership masks for alias keys. */
  tag(text: string, lookup?: (key: string) => number): NerSpan[];
}

export function createTagger(model: NerModel): Tagger {
  const { buckets, classes, weights, scale } = model;
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
      scores.fill(0);
      for (let f = 0; f < count; f++) {
        const base = feats[f] * classes;
        for (let c = 0; c < classes; c++) scores[c] += weights[base + c];
      }
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
      margins[i] = (scores[best] - (second === -2147483648 ? scores[best] : second)) * scale;
      prev2 = prev1;
      prev1 = best;
    }
    return { tags, margins };
  }

  return {
    tagTokens(words, sentenceStart, gazetteer) {
      const { tags } = decode(buildContext(words, sentenceStart, gazetteer));
      return [...tags].map((t) => TAGS[t]);
    },
    tag(text, lookup) {
      const tokens = nerTokens(text);
      if (!tokens.length) return [];
      const words = tokens.map((t) => t.text);
      const starts = sentenceStarts(text, tokens);
      const ctx = buildContext(words, starts, lookup ? gazetteerMasks(words, lookup) : undefined);
      const { tags, margins } = decode(ctx);
      const spans: NerSpan[] = [];
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
        // Punctuation at a span's edges ("Plant —") is never part of a name.
        let first = i;
        let last = j - 1;
        while (first <= last && !/[\p{L}\d]/u.test(tokens[first].text)) first++;
        while (last >= first && !/[\p{L}\d]/u.test(tokens[last].text)) last--;
        if (first > last) {
          i = j;
          continue;
        }
        const start = tokens[first].start;
        const end = tokens[last].end;
        spans.push({
          start,
          end,
          type,
          text: text.slice(start, end),
          confidence: 1 / (1 + Math.exp(-margin)),
        });
        i = j;
      }
      return spans;
    },
  };
}
