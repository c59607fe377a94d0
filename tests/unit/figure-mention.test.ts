import { describe, expect, it } from 'vitest';
import { figureBesideNames } from '../../lib/recognize/figure-mention';
import { findFigures } from '../../lib/recognize/figures';

/** The figure of `text` beside a name over `name` (its first occurrence). */
const beside = (text: string, name: string) => {
  const start = text.indexOf(name);
  return figureBesideNames(findFigures(text)[0], [{ start, end: start + name.length }]);
};

describe('a figure beside the names in its text', () => {
  it('ends before a name among its counted words, and keeps what it counts', () => {
    expect(beside('two NASA astronauts and one', 'NASA')).toEqual(
      expect.objectContaining({ text: 'two', value: 2, counts: 'nasa astronaut' }),
    );
    expect(beside('hundreds of Dakota Access pipeline protesters', 'Dakota Access')).toEqual(
      expect.objectContaining({ text: 'hundreds' }),
    );
  });

  it('is dropped when the name covers its number', () => {
    const [figure] = findFigures('138 drones overnight');
    expect(figureBesideNames(figure, [{ start: 0, end: 3 }])).toBeUndefined();
  });

  it('stays whole when no name overlaps it', () => {
    const [figure] = findFigures('138 drones overnight');
    expect(figureBesideNames(figure, [{ start: 15, end: 20 }])).toBe(figure);
  });
});
