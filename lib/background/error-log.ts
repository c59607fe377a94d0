/** Log each distinct problem once, in the background's console, never in the page's. */
const seen = new Set<string>();
/** Distinct problems remembered: enough for a session, bounded so a noisy page cannot grow it. */
const MAX_REMEMBERED = 500;

export function logOnce(context: string, message: string): void {
  const key = `${context}\u0000${message}`;
  if (seen.has(key)) return;
  if (seen.size >= MAX_REMEMBERED) seen.clear();
  seen.add(key);
  console.warn(`[backstory] ${context}: ${message}`);
}
