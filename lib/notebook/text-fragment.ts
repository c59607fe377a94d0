/**
 * A link that leads back to a quote: the page URL with a text fragment
 * (`#:~:text=prefix-,start,end,-suffix`, WICG Scroll to Text Fragment). A long quote is given
 * by its first and last words; a few words of context on each side pick the right occurrence.
 */

/** Quotes longer than this are given by their first and last words. */
const WHOLE_QUOTE_CHARS = 120;
const EDGE_WORDS = 4;
const CONTEXT_WORDS = 3;

/** Percent-encode a fragment term: the directive's own `-`, `,` and `&` must be escaped too. */
function term(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}

const words = (text: string) => text.replace(/\s+/g, ' ').trim().split(' ').filter(Boolean);

export function textFragmentUrl(
  pageUrl: string,
  clip: { quote: string; before: string; after: string },
): string {
  const base = pageUrl.split('#')[0];
  const quote = words(clip.quote);
  if (!quote.length) return base;
  const parts: string[] = [];
  const prefix = words(clip.before).slice(-CONTEXT_WORDS).join(' ');
  if (prefix) parts.push(`${term(prefix)}-`);
  if (quote.join(' ').length <= WHOLE_QUOTE_CHARS || quote.length <= EDGE_WORDS * 2)
    parts.push(term(quote.join(' ')));
  else
    parts.push(
      term(quote.slice(0, EDGE_WORDS).join(' ')),
      term(quote.slice(-EDGE_WORDS).join(' ')),
    );
  const suffix = words(clip.after).slice(0, CONTEXT_WORDS).join(' ');
  if (suffix) parts.push(`-${term(suffix)}`);
  return `${base}#:~:text=${parts.join(',')}`;
}
