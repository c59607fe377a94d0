import type { PackEntity } from '../../lib/packs/pack-format';

/** Every builder returns entities in the pack's own format, ready to validate. */
export type Built = PackEntity;
