/** The Firefox (MV2) manifest keeps the optional host patterns, as optional_permissions. */
import { describe, expect, it } from 'vitest';
import type { Wxt } from 'wxt';
import { moveOptionalHostsForMv2 } from '../../scripts/build/optional-hosts-mv2';

const wxtFor = (manifestVersion: 2 | 3) => ({ config: { manifestVersion } }) as unknown as Wxt;

describe('moveOptionalHostsForMv2', () => {
  it('moves the host patterns into optional_permissions for MV2', () => {
    const manifest = {
      optional_host_permissions: ['http://*/*', 'https://*/*'],
      optional_permissions: ['tabs'],
    };
    moveOptionalHostsForMv2(wxtFor(2), manifest);
    expect(manifest).toEqual({ optional_permissions: ['tabs', 'http://*/*', 'https://*/*'] });
  });

  it('leaves an MV3 manifest as it is', () => {
    const manifest = { optional_host_permissions: ['http://*/*'] };
    moveOptionalHostsForMv2(wxtFor(3), manifest);
    expect(manifest).toEqual({ optional_host_permissions: ['http://*/*'] });
  });
});
