// Unit tests read strings from the English catalogue, as the browser does with no translation
// for the reader's language (WXT's fake browser has no i18n of its own), and dates and numbers
// as en-GB writes them, whatever the machine's own locale.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setFormatLocale } from '../../lib/cards/format';
import { getMessage } from './i18n-catalogue';

fakeBrowser.i18n.getMessage = getMessage as typeof fakeBrowser.i18n.getMessage;
setFormatLocale('en-GB');
