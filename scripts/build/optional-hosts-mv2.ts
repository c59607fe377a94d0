/**
 * Manifest V2 (the Firefox build) has no `optional_host_permissions`: host patterns the reader
 * grants later belong in `optional_permissions`. WXT 0.20 drops the MV3 key from an MV2 manifest
 * without moving it, so `permissions.request` for a feed's site would be refused; this hook moves
 * the patterns before WXT strips the key.
 */
import type { Wxt } from 'wxt';

type Manifest = {
  optional_host_permissions?: string[];
  optional_permissions?: string[];
};

export function moveOptionalHostsForMv2(wxt: Wxt, manifest: Manifest): void {
  if (wxt.config.manifestVersion !== 2 || !manifest.optional_host_permissions) return;
  const optional = new Set([
    ...(manifest.optional_permissions ?? []),
    ...manifest.optional_host_permissions,
  ]);
  manifest.optional_permissions = [...optional];
  delete manifest.optional_host_permissions;
}
