/** The name of each highlight kind, as a card, the picker and the popup show it. */
import { t, type MessageKey } from '../lib/i18n/strings';
import type { MentionType } from '../lib/types/mention';

const TYPE_LABEL_KEYS: Record<MentionType, MessageKey> = {
  person: 'typePerson',
  place: 'typePlace',
  org: 'typeOrg',
  figure: 'typeFigure',
};

/** Lower-case, inside a sentence: "(person)". */
const TYPE_NAME_KEYS: Record<MentionType, MessageKey> = {
  person: 'typePersonInline',
  place: 'typePlaceInline',
  org: 'typeOrgInline',
  figure: 'typeFigureInline',
};

/** The kind's label on its own: "Person". */
export const typeLabel = (type: MentionType): string => t(TYPE_LABEL_KEYS[type]);

/** The kind's name inside a sentence: "person". */
export const typeName = (type: MentionType): string => t(TYPE_NAME_KEYS[type]);
