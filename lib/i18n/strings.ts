/**
 * Every string Backstory shows comes from the extension's message catalogue
 * (public/_locales/LANG/messages.json), read through the browser's i18n API: the browser picks
 * the reader's language and falls back to English (the manifest's default_locale) for a
 * language or a message it has no translation of. Components and pages read strings only here.
 */
import { browser } from 'wxt/browser';
import type catalogue from '../../public/_locales/en/messages.json';

/** The name of a message in the catalogue (checked against the English catalogue). */
export type MessageKey = keyof typeof catalogue;

/** Messages with one form per plural category (`NAME_one`, `NAME_other`, …): the `NAME`s. */
export type PluralKey = {
  [K in MessageKey]: K extends `${infer Base}_other` ? Base : never;
}[MessageKey];

/** A message with its substitutions (`$1`…`$9`, named in the catalogue's placeholders). */
export function t(key: MessageKey, ...substitutions: string[]): string {
  return browser.i18n.getMessage(key, substitutions);
}

/** The language of the strings shown (the catalogue's own), for plural rules and language names. */
export const uiLanguage = (): string => t('catalogueLanguage');

let pluralRules: Intl.PluralRules | null = null;

/**
 * The form of a message for a count, by the shown language's plural rules; a category the
 * catalogue has no message for falls back to `_other`. The count is `$1`, formatted by the caller.
 */
export function plural(key: PluralKey, count: number, ...substitutions: string[]): string {
  pluralRules ??= new Intl.PluralRules(uiLanguage());
  // Other languages have more categories (few, many, …) than English: only the key is typed.
  const form = browser.i18n.getMessage(
    `${key}_${pluralRules.select(count)}` as MessageKey,
    substitutions,
  );
  return form || t(`${key}_other` as MessageKey, ...substitutions);
}

let listFormat: Intl.ListFormat | null = null;

/** "A (person), B (place)": items listed as the shown language lists them. */
export function listOf(items: readonly string[]): string {
  listFormat ??= new Intl.ListFormat(uiLanguage(), { style: 'short', type: 'unit' });
  return listFormat.format(items);
}
