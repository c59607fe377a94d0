/** Noun lemmas, so "drones" and "drone" give the same figure key. */

/** Minimal English noun lemma: "drones" → "drone", "casualties" → "casualty". */
export function lemma(word: string): string {
  const w = word.toLowerCase();
  if (w === 'people' || w === 'men' || w === 'women' || w === 'children')
    return { people: 'people', men: 'man', women: 'woman', children: 'child' }[w] as string;
  if (/ies$/.test(w) && w.length > 4) return w.slice(0, -3) + 'y';
  if (/(ss|us|is)$/.test(w)) return w;
  if (/(ches|shes|xes|sses)$/.test(w)) return w.slice(0, -2);
  if (/s$/.test(w) && w.length > 3) return w.slice(0, -1);
  return w;
}
