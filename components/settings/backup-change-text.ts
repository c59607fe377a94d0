/**
 * One line of the import preview in the reader's words: every value it names (a type, a style,
 * a colour, a mode, a choice) as the settings page's own controls name it.
 */
import { formatNumber } from '../../lib/cards/format';
import { t } from '../../lib/i18n/strings';
import type { BackupChange } from '../../lib/rules/backup-preview';
import {
  COLOUR_LABEL_KEYS,
  DENSITY_LABEL_KEYS,
  KIND_LABEL_KEYS,
  STYLE_LABEL_KEYS,
} from '../look-labels';
import { siteDefaultOption, siteModeOption } from '../site-mode-labels';
import { TRIGGER_LABEL_KEYS } from '../trigger-labels';

export function backupChangeText(c: BackupChange): string {
  switch (c.key) {
    case 'backupChangeNone':
    case 'backupChangeEnabled':
    case 'backupChangeDisabled':
      return t(c.key);
    case 'backupChangeTrigger':
      return t(c.key, t(TRIGGER_LABEL_KEYS[c.from]), t(TRIGGER_LABEL_KEYS[c.to]));
    case 'backupChangeDelay':
      return t(c.key, formatNumber(c.from), formatNumber(c.to));
    case 'backupChangeKindOn':
    case 'backupChangeKindOff':
      return t(c.key, t(KIND_LABEL_KEYS[c.kind]));
    case 'backupChangeKindStyle':
      return t(
        c.key,
        t(KIND_LABEL_KEYS[c.kind]),
        t(STYLE_LABEL_KEYS[c.from]),
        t(STYLE_LABEL_KEYS[c.to]),
      );
    case 'backupChangeKindColour':
      return t(
        c.key,
        t(KIND_LABEL_KEYS[c.kind]),
        t(COLOUR_LABEL_KEYS[c.from]),
        t(COLOUR_LABEL_KEYS[c.to]),
      );
    case 'backupChangeDensity':
      return t(c.key, t(DENSITY_LABEL_KEYS[c.from]), t(DENSITY_LABEL_KEYS[c.to]));
    case 'backupChangeSiteDefault':
      return t(c.key, siteDefaultOption(c.from), siteDefaultOption(c.to));
    case 'backupChangeRuleAdded':
    case 'backupChangeRuleRemoved':
      return t(c.key, c.pattern, siteModeOption(c.mode));
    case 'backupChangeRuleMode':
      return t(c.key, c.pattern, siteModeOption(c.from), siteModeOption(c.to));
    case 'backupChangeListAdded':
    case 'backupChangeListRemoved':
    case 'backupChangeListChanged':
      return t(c.key, c.name);
    default:
      return t(c.key, formatNumber(c.count));
  }
}
