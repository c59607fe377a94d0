/** Numbers as a language writes them: its decimal mark and its thousands separators. */

/** A number as this language writes it; NaN when the separators could mean either. */
export function parseLocalNumber(raw: string, decimalComma: boolean): number {
  const s = raw.replace(/[\u00a0\u202f ]/g, decimalComma ? '' : ',');
  const group = decimalComma ? '.' : ',';
  const decimal = decimalComma ? ',' : '.';
  const parts = s.split(decimal);
  if (parts.length > 2) return NaN;
  const whole = parts[0];
  // Groups must be of three digits after the first: "1.234.567", never "12.34.5".
  const grouped = decimalComma ? /^\d{1,3}(?:\.\d{3})+$/ : /^\d{1,3}(?:,\d{3})+$/;
  if (whole.includes(group) && !grouped.test(whole)) return NaN;
  if (!decimalComma && whole.includes('.')) return NaN;
  const value = Number(whole.split(group).join('') + (parts[1] ? `.${parts[1]}` : ''));
  return Number.isFinite(value) ? value : NaN;
}
