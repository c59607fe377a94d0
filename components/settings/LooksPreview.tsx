/**
 * The looks settings' sample paragraph, painted in the settings page itself exactly as a page
 * is: the same highlight names, the same generated style sheet, the same density rule. Each
 * watch list that is on adds one of its words, painted in its look and followed by its name.
 * Shown on a light and a dark background, so the reader sees both.
 */
import { useEffect, useRef } from 'preact/hooks';
import { t, type MessageKey } from '../../lib/i18n/strings';
import { firstOfEach } from '../../lib/paint/density';
import {
  canPaint,
  installHighlightStyles,
  paint,
  setHighlightCss,
} from '../../lib/paint/highlights';
import { highlightCss } from '../../lib/rules/looks';
import type { Density, Kind, Settings } from '../../lib/rules/settings';
import type { Mention } from '../../lib/types/mention';
import { paintWatchSamples, watchSampleWord } from './watch-sample';

/** The sample's mentions, longest first (a later one never takes text an earlier one holds). */
const SAMPLE: [MessageKey, Kind, string][] = [
  ['looksSamplePerson', 'person', 'sample-person'],
  ['looksSampleOrg', 'org', 'sample-org'],
  ['looksSamplePlace', 'place', 'sample-place'],
  ['looksSampleFigure', 'figure', ''],
  // The person again, by surname: the same entity, so density "first" leaves it unpainted.
  ['looksSampleSurname', 'person', 'sample-person'],
];

/** Where the sample's mentions are in its text, in text order. */
export function sampleMentions(text: string): Mention[] {
  const taken: [number, number][] = [];
  const found: Mention[] = [];
  for (const [key, type, entityId] of SAMPLE) {
    const words = t(key);
    for (let at = text.indexOf(words); words && at >= 0; at = text.indexOf(words, at + 1)) {
      const end = at + words.length;
      if (taken.some(([s, e]) => at < e && end > s)) continue;
      taken.push([at, end]);
      found.push({
        start: at,
        end,
        text: words,
        type,
        confidence: 1,
        via: 'alias',
        ...(entityId ? { entityId } : {}),
      } as Mention);
      break;
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

export function LooksPreview({
  looks,
  density,
  watchLists,
}: {
  looks: Settings['looks'];
  density: Density;
  watchLists: Settings['watchLists'];
}) {
  const light = useRef<HTMLParagraphElement>(null);
  const dark = useRef<HTMLParagraphElement>(null);
  const text = t('looksSample');
  useEffect(() => {
    if (!canPaint(window)) return;
    installHighlightStyles(document);
    setHighlightCss(highlightCss({ looks, watchLists }));
    const entries = [light.current, dark.current].flatMap((p) => {
      const node = p?.firstChild;
      if (!node) return [];
      const shown = sampleMentions(text)
        .filter((m) => looks[m.type].on)
        .map((mention) => {
          const range = document.createRange();
          range.setStart(node, mention.start);
          range.setEnd(node, mention.end);
          return { type: mention.type, mention, range };
        });
      return density === 'first' ? firstOfEach(shown) : shown;
    });
    paint(entries, window);
    paintWatchSamples([light.current, dark.current], watchLists, window);
  }, [looks, density, watchLists, text]);
  const samples = watchLists
    .filter((list) => list.on)
    .map((list) => (
      <span key={list.id} class="watch-sample" data-watch-sample={list.id}>
        {' '}
        <span data-watch-word="">{watchSampleWord(list)}</span>{' '}
        {t('looksSampleWatchList', list.name)}
      </span>
    ));
  return (
    <div class="looks-preview">
      <p class="looks-preview-title">{t('looksPreviewLabel')}</p>
      <div class="looks-preview-light" role="group" aria-label={t('looksPreviewLight')}>
        <p ref={light}>
          {text}
          {samples}
        </p>
      </div>
      <div class="looks-preview-dark" role="group" aria-label={t('looksPreviewDark')}>
        <p ref={dark}>
          {text}
          {samples}
        </p>
      </div>
    </div>
  );
}
