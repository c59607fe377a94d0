/** The language a page declares for itself, as the recognizer request carries it. */

import { LANGUAGE_TAG } from '../constants';

/** `<html lang>`, else the Content-Language meta; undefined when neither holds a tag. */
export function declaredLanguage(doc: Document): string | undefined {
  const declared =
    doc.documentElement.getAttribute('lang') ??
    [...doc.querySelectorAll('meta[http-equiv]')]
      .find((m) => m.getAttribute('http-equiv')?.toLowerCase() === 'content-language')
      ?.getAttribute('content') ??
    '';
  const tag = declared.split(',')[0].trim();
  return LANGUAGE_TAG.test(tag) ? tag : undefined;
}

/** Most of the text was not English, or the page says it is not: names are not read. */
export function namesUnsupported(
  declared: string | undefined,
  foreignShare: number,
): { language?: string } | undefined {
  const primary = declared?.toLowerCase().split(/[-_]/)[0];
  if (primary && primary !== 'en') return { language: primary };
  return foreignShare > 0.5 ? {} : undefined;
}
