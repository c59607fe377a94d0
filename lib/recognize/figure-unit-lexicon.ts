/**
 * Units of measure as news writes them: SI units with their prefixes (spelled out or as
 * symbols), imperial and US units, and the trade measures of energy, shipping and commodities.
 * The list is built from parts (prefix × base unit, square and cubic forms, plurals) rather than
 * listed form by form; tests/unit/figure-units.test.ts checks it against compromise's lexicon of
 * units. Each form maps to a canonical unit: the symbol for SI units ("km", "MHz"), the singular
 * word for the others ("mile", "square foot"), which is what a card shows (lib/cards/figure-text.ts
 * writes its plural).
 */

const SI_PREFIXES: Record<string, string> = {
  yotta: 'Y',
  zetta: 'Z',
  exa: 'E',
  peta: 'P',
  tera: 'T',
  giga: 'G',
  mega: 'M',
  kilo: 'k',
  hecto: 'h',
  deci: 'd',
  centi: 'c',
  milli: 'm',
  micro: 'µ',
  nano: 'n',
  pico: 'p',
  femto: 'f',
  atto: 'a',
};

/** SI units: spellings and their symbol. */
const SI_BASES: [spellings: string[], symbol: string][] = [
  [['metre', 'meter'], 'm'],
  [['gram', 'gramme'], 'g'],
  [['litre', 'liter'], 'l'],
  [['watt'], 'W'],
  [['watt-hour', 'watt hour'], 'Wh'],
  [['hertz'], 'Hz'],
  [['joule'], 'J'],
  [['volt'], 'V'],
  [['byte'], 'B'],
  [['tonne'], 't'],
  [['second'], 's'],
];

/**
 * Symbols written after a number ("2.4GHz", "50 kg"). Case matters. Left out on purpose: forms
 * that are words or other things as often as units ("m" is also million, "g" a network
 * generation as in "5G", "in", "l", "t", "W", "s", "B", "J", "V"), and time symbols (durations
 * are found apart).
 */
const SI_SYMBOLS = [
  'km',
  'cm',
  'mm',
  'µm',
  'nm',
  'kg',
  'mg',
  'µg',
  'ml',
  'kW',
  'MW',
  'GW',
  'TW',
  'kWh',
  'MWh',
  'GWh',
  'TWh',
  'kHz',
  'MHz',
  'GHz',
  'THz',
  'kV',
  'kJ',
  'MJ',
  'KB',
  'kB',
  'MB',
  'GB',
  'TB',
  'Gbps',
  'Mbps',
  'kbps',
  'km²',
  'm²',
  'cm²',
  'mm²',
  'm³',
  'cm³',
  'ft²',
  'ft³',
  'in²',
  'in³',
  'yd²',
  'yd³',
  'mi²',
  'm/s',
  'lx',
  'lm',
];

/** Other units, singular and plural, and what a card calls them. */
const WORD_UNITS: [forms: string[], unit: string][] = [
  [['mile', 'miles', 'mi'], 'mile'],
  [['mile²'], 'square mile'],
  [['nautical mile', 'nautical miles'], 'nautical mile'],
  [['foot', 'feet', 'ft'], 'foot'],
  [['inch', 'inches'], 'inch'],
  [['yard', 'yards', 'yd'], 'yard'],
  [['acre', 'acres'], 'acre'],
  [['hectare', 'hectares', 'ha'], 'hectare'],
  // Weight, not money: "500 pounds" of fish. Pounds sterling are money (figure-measures.ts).
  [['pound', 'pounds', 'lb', 'lbs'], 'pound'],
  [['ounce', 'ounces', 'oz'], 'ounce'],
  [['ton', 'tons', 'short ton', 'short tons'], 'ton'],
  [['metric ton', 'metric tons', 'metric tonne', 'metric tonnes'], 'tonne'],
  [['gallon', 'gallons', 'gal'], 'gallon'],
  [['pint', 'pints'], 'pint'],
  [['quart', 'quarts'], 'quart'],
  [['fluid ounce', 'fluid ounces', 'fl oz'], 'fluid ounce'],
  [['barrel', 'barrels', 'bbl'], 'barrel'],
  [['barrels per day', 'barrels a day', 'bpd'], 'barrel a day'],
  [['knot', 'knots'], 'knot'],
  [['mph', 'miles per hour', 'miles an hour'], 'mph'],
  [['mi/h'], 'mph'],
  [['kilo', 'kilos'], 'kg'],
  [['kph', 'kmh', 'kmph', 'km/h', 'kilometres per hour', 'kilometers per hour'], 'km/h'],
  [['degree', 'degrees'], 'degree'],
  [['°C', 'degrees Celsius', 'degrees celsius', 'Celsius', 'celsius'], '°C'],
  [['°F', 'degrees Fahrenheit', 'degrees fahrenheit', 'Fahrenheit', 'fahrenheit'], '°F'],
  [['kelvin', 'kelvins'], 'K'],
  [['calorie', 'calories', 'kcal'], 'calorie'],
  [['carat', 'carats'], 'carat'],
  [['light-year', 'light-years', 'light year', 'light years'], 'light-year'],
  [['horsepower', 'hp'], 'horsepower'],
  [['decibel', 'decibels', 'dB'], 'dB'],
  [['bushel', 'bushels'], 'bushel'],
  [['ohm', 'ohms'], 'Ω'],
  [['pascal', 'pascals'], 'Pa'],
  [['lumen', 'lumens'], 'lm'],
  [['coulomb', 'coulombs'], 'C'],
  [['farad', 'farads'], 'F'],
  [['lux'], 'lx'],
];

/** Length units that also come square or cubic ("16-square-mile", "square kilometres"). */
const AREA_BASES: [forms: string[], unit: string][] = [
  [['mile', 'miles'], 'mile'],
  [['foot', 'feet'], 'foot'],
  [['yard', 'yards'], 'yard'],
  [['inch', 'inches'], 'inch'],
  [['kilometre', 'kilometres', 'kilometer', 'kilometers'], 'kilometre'],
  [['metre', 'metres', 'meter', 'meters'], 'metre'],
  [['centimetre', 'centimetres', 'centimeter', 'centimeters'], 'centimetre'],
];

function build(): Map<string, string> {
  const units = new Map<string, string>();
  const add = (form: string, unit: string) => {
    if (!units.has(form)) units.set(form, unit);
  };
  for (const [spellings, symbol] of SI_BASES)
    for (const s of spellings) {
      for (const [prefix, p] of Object.entries(SI_PREFIXES)) {
        add(prefix + s, p + symbol);
        add(`${prefix + s}s`, p + symbol);
      }
      // A bare second is a duration; a bare tonne reads better as a word.
      if (symbol === 's') continue;
      const unit = symbol === 't' ? 'tonne' : symbol;
      add(s, unit);
      if (s !== 'hertz') add(`${s}s`, unit);
    }
  for (const symbol of SI_SYMBOLS) add(symbol, symbol);
  for (const [forms, unit] of WORD_UNITS) for (const f of forms) add(f, unit);
  for (const [forms, unit] of AREA_BASES)
    for (const f of forms) {
      add(`square ${f}`, `square ${unit}`);
      add(`sq ${f}`, `square ${unit}`);
      add(`cubic ${f}`, `cubic ${unit}`);
    }
  add('sq ft', 'square foot');
  add('sq mi', 'square mile');
  add('sq km', 'km²');
  return units;
}

/** Every written form of a unit, and the canonical unit it is. */
export const UNITS: ReadonlyMap<string, string> = build();

/** Lower-case word forms: symbols keep their case ("MB" is not "mb"), words do not ("Miles"). */
const LOWER = new Map([...UNITS].filter(([form]) => /^[a-z][a-z -]{3,}$/.test(form)));

/**
 * The canonical unit a written form names ("kilometers" → "km"), or undefined. Spaces and
 * hyphens between words are alike ("square-mile").
 */
export function unitOf(form: string): string | undefined {
  const spaced = form.replace(/[\s-]+/g, ' ');
  return (
    UNITS.get(form) ??
    UNITS.get(spaced) ??
    LOWER.get(form.toLowerCase()) ??
    LOWER.get(spaced.toLowerCase())
  );
}
