/** Numbers as news writes them: digits ("40,000", "3.2"), words ("two", "twenty-five"), scales. */

export const SMALL: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  hundred: 100,
  dozen: 12,
};

export const SCALE: Record<string, number> = {
  hundred: 100,
  thousand: 1e3,
  million: 1e6,
  billion: 1e9,
  trillion: 1e12,
  k: 1e3,
  m: 1e6,
  bn: 1e9,
};

/** Vulgar fractions news writes after a whole number ("6 ½ minutes"). */
const FRACTIONS: Record<string, number> = {
  '½': 0.5,
  '¼': 0.25,
  '¾': 0.75,
  '⅓': 1 / 3,
  '⅔': 2 / 3,
};

/** Digits grouped as Indian English writes them: lakhs and crores ("5,00,000", "1,23,45,678"). */
export const INDIAN_GROUPS = String.raw`\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?`;

/** One number, digits or words (no scale word). */
export const NUMBER = String.raw`(?:${INDIAN_GROUPS}|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?: ?[½¼¾⅓⅔])?|(?:${Object.keys(SMALL).join('|')})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)`;

/** Parse a number word or digits ("40,000", "two", "twenty-five"). NaN when it is not one. */
export function parseNumber(raw: string): number {
  const s = raw.toLowerCase().replace(/,/g, '');
  const fraction = /\s?([½¼¾⅓⅔])$/.exec(s);
  if (fraction) {
    const whole = s.slice(0, fraction.index);
    return (whole ? Number(whole) : 0) + FRACTIONS[fraction[1]];
  }
  if (/^\d/.test(s)) return Number(s);
  const [tens, unit] = s.split('-');
  return (SMALL[tens] ?? NaN) + (unit ? (SMALL[unit] ?? NaN) : 0);
}
