/**
 * Captions set after their picture rather than inside it: a photo essay may close each
 * `<figure>` and put the caption in the next element (a one-item list, a paragraph), where
 * neither `<figcaption>` nor a class says what it is. Two signs tell such a caption from the
 * story paragraph that happens to follow a picture: it repeats the picture's alt text (sites
 * write one from the other), or it opens with a caption's pointer to the picture ("Clockwise
 * from top:", "Above,", "Left:", "Pictured:").
 */

/** Longer than this, a block after a picture is prose. */
export const MAX_PICTURE_CAPTION_CHARS = 500;
/** Share of the caption's words that the alt text holds for it to repeat the alt text. */
const ALT_ECHO_SHARE = 0.5;
/** Fewer words than this say too little to compare. */
const MIN_ECHO_WORDS = 4;

const POINTER =
  /^(?:clockwise from (?:the )?(?:top|bottom|left|right)(?: left| right)?|(?:from )?(?:top|bottom)(?: left| right)?|(?:far )?(?:left|right)|above|below|inset|pictured|main(?: image| picture| photo)?)\s*[:,;—–]/i;

function isPicture(el: Element): boolean {
  const name = el.localName;
  if (name === 'img' || name === 'picture') return true;
  return name === 'figure' && el.querySelector('img, picture') !== null;
}

/** Words of three letters or more, lower-cased. */
function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length >= 3);
}

/** The picture the element directly follows (no text between them), or null. */
function pictureBefore(el: Element): Element | null {
  for (let n = el.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3 && /\S/.test((n as Text).data)) return null;
    if (n.nodeType === 1) return isPicture(n as Element) ? (n as Element) : null;
  }
  return null;
}

/** True when `el`, whose text is `text`, is the caption of the picture right before it. */
export function isCaptionAfterPicture(el: Element, text: string): boolean {
  // Most blocks follow no picture: that is asked before any copying of their text.
  const picture = pictureBefore(el);
  if (!picture) return false;
  const line = text.replace(/\s+/g, ' ').trim();
  if (!line || line.length > MAX_PICTURE_CAPTION_CHARS) return false;
  if (POINTER.test(line)) return true;
  const alts = new Set<string>();
  const images = picture.localName === 'img' ? [picture] : picture.querySelectorAll('img');
  for (const img of images) for (const w of wordsOf(img.getAttribute('alt') ?? '')) alts.add(w);
  if (!alts.size) return false;
  const words = wordsOf(line);
  if (words.length < MIN_ECHO_WORDS) return false;
  return words.filter((w) => alts.has(w)).length >= words.length * ALT_ECHO_SHARE;
}
