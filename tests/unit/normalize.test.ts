import { describe, expect, it } from 'vitest';
import { aliasKey } from '../../lib/recognize/normalize';

describe('aliasKey', () => {
  it.each([
    ['U.S.', 'us'],
    ['US', 'us'],
    ['São Paulo', 'sao paulo'],
    ['Zelenskyy’s', 'zelenskyys'],
    ['Moscow-installed', 'moscow installed'],
    ['  Kryvyi   Rih ', 'kryvyi rih'],
    ['...', ''],
  ])('%s → %s', (input, key) => {
    expect(aliasKey(input)).toBe(key);
  });
});
