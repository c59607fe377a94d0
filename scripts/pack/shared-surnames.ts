/**
 * A person's surname alone names them only where no other well-known person answers to it:
 * "Brown" is not the Cook Islands' prime minister on most pages that write it, nor "Castro"
 * Honduras's president. Such an alias is dropped; the full name and the page's own surnames
 * (a surname after the full name links to it) still name the person.
 */
import { aliasKey } from '../../lib/recognize/normalize';
import type { Lexicon } from './lexicon';
import type { Built } from './types';

/** Another bearer this prominent is one a reader may mean. */
const RIVAL_PROMINENCE = 0.6;
/** This many rivals, and the surname names none of them alone. */
const RIVALS = 2;
const REGNAL = /^[IVXLC]+$/;

const words = (name: string) => aliasKey(name).split(' ').filter(Boolean);
const lastWord = (name: string) => {
  const ws = name.split(/\s+/).filter(Boolean);
  const last = ws[ws.length - 1] ?? '';
  // "Pope Pius XI" ends in a regnal number, not a surname.
  return REGNAL.test(last) ? '' : aliasKey(last);
};

/**
 * The same person written another way ("Asif Zardari", "Asif Ali Zardari"; "Benyamin" and
 * "Benjamin Netanyahu"): one name's words inside the other's, or first names alike.
 */
function samePerson(a: string, b: string): boolean {
  const wa = words(a);
  const wb = words(b);
  const inside = (x: string[], y: string[]) => x.every((w) => y.includes(w));
  return inside(wa, wb) || inside(wb, wa) || wa[0].slice(0, 3) === wb[0].slice(0, 3);
}

/** A check of one person's one-word alias against every person of the pack. */
export function sharedSurnames(
  entities: readonly Built[],
  lexicon: Lexicon,
): (entity: Built, alias: string) => boolean {
  const bearers = new Map<string, Built[]>();
  for (const e of entities) {
    if (e.type !== 'person' || e.prominence < RIVAL_PROMINENCE) continue;
    const key = lastWord(e.name);
    if (key) bearers.set(key, [...(bearers.get(key) ?? []), e]);
  }
  return (entity, alias) => {
    if (entity.type !== 'person' || /\s/.test(alias)) return false;
    const key = aliasKey(alias);
    if (key !== lastWord(entity.name)) return false;
    if (lexicon.isSharedSurname(alias)) return true;
    const rivals = (bearers.get(key) ?? []).filter(
      (other) => other.id !== entity.id && !samePerson(other.name, entity.name),
    );
    return rivals.length >= RIVALS;
  };
}
