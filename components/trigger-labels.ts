/** The reader's words for what opens a card, as the settings page and the import preview show them. */
import type { MessageKey } from '../lib/i18n/strings';
import type { Trigger } from '../lib/rules/settings';

export const TRIGGER_LABEL_KEYS: Record<Trigger, MessageKey> = {
  hover: 'triggerHover',
  'hover-modifier': 'triggerHoverModifier',
  click: 'triggerClick',
};
