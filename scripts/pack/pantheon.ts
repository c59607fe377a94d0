/** Notable people from Pantheon 1.0 (MIT Media Lab, CC BY-SA 4.0). */
import { readFileSync } from 'node:fs';
import { slug, titleCase } from './text';
import type { Built } from './types';

/** Pantheon 1.0 was published in 2014; its facts are as of then. */
const PANTHEON_DATE = '2014-01-01';

function born(year: number): string {
  return year < 0 ? `${-year} BC` : String(year);
}

function sentenceCase(word: string): string {
  const lower = word.toLowerCase().replace(/_/g, ' ');
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}

export function readPantheon(file: string): Built[] {
  const [header, ...rows] = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  const col = Object.fromEntries(header.split('\t').map((name, i) => [name, i]));
  const parsed = rows.map((line) => line.split('\t'));
  const hpis = parsed.map((r) => Number(r[col.HPI])).filter(Number.isFinite);
  const min = Math.min(...hpis);
  const max = Math.max(...hpis);
  const out: Built[] = [];
  for (const r of parsed) {
    const fullName = r[col.name]?.trim();
    // "Cosimo I de' Medici, Grand Duke of Tuscany": news names the person, not the title.
    const name = fullName?.split(', ')[0];
    const id = r[col.en_curid]?.trim();
    if (!name || !/^\d+$/.test(id ?? '')) continue;
    const year = Number(r[col.birthyear]);
    const occupation = sentenceCase(r[col.occupation] ?? '');
    const country = titleCase(r[col.countryName] ?? '')
      .replace(/\bOf\b/g, 'of')
      .replace(/\bAnd\b/g, 'and');
    const city = r[col.birthcity]?.trim().replace(/^(?:Other|Unknown)$/i, '');
    const hpi = Number(r[col.HPI]);
    const bornText = Number.isFinite(year) && r[col.birthyear] !== '' ? born(year) : '';
    const where = [city, country].filter(Boolean).join(', ');
    out.push({
      id: `starter:pantheon-${id}-${slug(name)}`.slice(0, 200),
      type: 'person',
      name,
      aliases: [name],
      description: [
        occupation,
        country ? `from ${country}` : '',
        bornText ? `born ${bornText}` : '',
      ]
        .filter(Boolean)
        .join(' ')
        .replace(/ from (.*) born/, ' from $1, born'),
      // Short: the line above says what and where, and the card names the source.
      background: `${fullName !== name ? `${fullName}. ` : ''}${bornText ? `Born ${bornText}${where ? ` in ${where}` : ''}.` : ''}`,
      sourceId: 'pantheon',
      sourceUrl: `https://en.wikipedia.org/?curid=${id}`,
      updatedAt: PANTHEON_DATE,
      // Page-view prominence (HPI) scaled into 0.3–0.85: below current leaders and countries.
      prominence: Number.isFinite(hpi) ? 0.3 + (0.55 * (hpi - min)) / (max - min || 1) : 0.3,
    });
  }
  return out;
}
