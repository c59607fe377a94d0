import { describe, expect, it } from 'vitest';
import { findNameRuns } from '../../lib/recognize/candidates';
import { matchNames } from '../../lib/recognize/match-names';
import { areasAfter, chooseByArea, containerOf } from '../../lib/recognize/place-areas';
import type { EntityHit } from '../../lib/types/mention';

const place = (id: string, name: string, prominence: number, where: Partial<EntityHit> = {}) =>
  ({ id, type: 'place', name, prominence, ...where }) as EntityHit;

const birminghamUk = place('c:bhm-uk', 'Birmingham', 0.67, { within: 'gb/england' });
const birminghamAl = place('c:bhm-al', 'Birmingham', 0.62, { within: 'us/alabama' });
const columbusOh = place('c:col-oh', 'Columbus', 0.7, { within: 'us/ohio' });
const columbusGa = place('c:col-ga', 'Columbus', 0.6, { within: 'us/georgia' });
const londonUk = place('c:lon-uk', 'London', 0.85, { within: 'gb/england' });
const londonOn = place('c:lon-on', 'London', 0.6, { within: 'ca' });
const athensGr = place('c:ath-gr', 'Athens', 0.8, { within: 'gr' });
const athensGa = place('c:ath-ga', 'Athens', 0.55, { within: 'us/georgia' });
const paris = place('c:paris', 'Paris', 0.85, { within: 'fr' });
const gulf = place('w:gulf', 'Persian Gulf', 0.5);

const us = place('k:us', 'United States', 0.95, { area: 'us' });
const georgiaCountry = place('k:ge', 'Georgia', 0.95, { area: 'ge' });
const georgiaState = place('r:ga', 'Georgia', 0.6, { area: 'us/georgia', within: 'us' });
const alabama = place('r:al', 'Alabama', 0.6, { area: 'us/alabama', within: 'us' });
const indiana = place('r:in', 'Indiana', 0.6, { area: 'us/indiana', within: 'us' });
const ontario = place('r:on', 'Ontario', 0.59, { area: 'ca/ontario', within: 'ca' });
const ontarioCity = place('c:ont-ca', 'Ontario', 0.61, { within: 'us/california' });
const england = place('r:eng', 'England', 0.6, { area: 'gb/england', within: 'gb' });

const index: Record<string, EntityHit[]> = {
  birmingham: [birminghamUk, birminghamAl],
  columbus: [columbusOh, columbusGa],
  london: [londonUk, londonOn],
  athens: [athensGr, athensGa],
  paris: [paris],
  gulf: [gulf],
  'united states': [us],
  georgia: [georgiaCountry, georgiaState],
  alabama: [alabama],
  indiana: [indiana],
  ontario: [ontarioCity, ontario],
  england: [england],
};
const lookup = (key: string) => index[key];

function links(text: string) {
  return matchNames(text, findNameRuns(text), lookup).map((m) => [m.text, m.entityId ?? null]);
}

describe('the area named after a place', () => {
  it('reads the country or region after a comma, and nothing else', () => {
    expect(areasAfter('Birmingham, Alabama', 10, lookup)).toEqual(['us/alabama']);
    expect(areasAfter('Athens, Georgia', 6, lookup)).toEqual(['ge', 'us/georgia']);
    // A city is no area: a list goes on ("Paris, London and Berlin").
    expect(areasAfter('Paris, London and Berlin', 5, lookup)).toBeNull();
    expect(areasAfter('Birmingham Alabama', 10, lookup)).toBeNull();
    // "Alabama's governor" is no area of the place before it.
    expect(areasAfter("Birmingham, Alabama's city", 10, lookup)).toBeNull();
  });

  it('chooses the place that lies in the area, else those that may, else none', () => {
    expect(chooseByArea(index.birmingham, ['us/alabama'])).toEqual({
      kind: 'in',
      hit: birminghamAl,
    });
    // Canada's cities lie in their country only: any province may hold them.
    expect(chooseByArea(index.london, ['ca/ontario'])).toEqual({ kind: 'may', hits: [londonOn] });
    expect(chooseByArea(index.columbus, ['us/indiana'])).toEqual({ kind: 'none' });
    // A place the packs give no area (a world region) could be anywhere.
    expect(chooseByArea([gulf], ['us/alabama'])).toEqual({ kind: 'silent' });
    expect(chooseByArea(index.birmingham, ['gb'])).toEqual({ kind: 'in', hit: birminghamUk });
  });

  it('gives the region after a place the entity the place lies in', () => {
    expect(containerOf(index.georgia, 'us/georgia')).toBe(georgiaState);
    expect(containerOf(index.georgia, 'ge')).toBe(georgiaCountry);
    expect(containerOf(index.georgia, 'fr')).toBeUndefined();
  });

  it('links each place the way its area says', () => {
    expect(links('She grew up in Birmingham, Alabama, before moving.')).toEqual([
      ['Birmingham', 'c:bhm-al'],
      ['Alabama', 'r:al'],
    ]);
    // No Columbus the packs know lies in Indiana: a place, linked to none.
    expect(links('He lives in Columbus, Indiana, now.')).toEqual([
      ['Columbus', null],
      ['Indiana', 'r:in'],
    ]);
    expect(links('The college town of Athens, Georgia, voted.')).toEqual([
      ['Athens', 'c:ath-ga'],
      ['Georgia', 'r:ga'],
    ]);
    expect(links('A show in London, Ontario.')).toEqual([
      ['London', 'c:lon-on'],
      ['Ontario', 'r:on'],
    ]);
    // Without an area after them, the most prominent as before.
    expect(links('Birmingham and Athens voted.')).toEqual([
      ['Birmingham', 'c:bhm-uk'],
      ['Athens', 'c:ath-gr'],
    ]);
    expect(links('Paris, London and Georgia.')).toEqual([
      ['Paris', 'c:paris'],
      ['London', 'c:lon-uk'],
      ['Georgia', 'k:ge'],
    ]);
  });
});
