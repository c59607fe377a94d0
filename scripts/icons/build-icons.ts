#!/usr/bin/env tsx
/**
 * `npm run icons:build`: renders scripts/icons/icon.svg to the PNG sizes the stores and the
 * browsers ask for (public/icon/SIZE.png), with Debian's Chromium, so the icon has one source.
 * The PNGs are committed: building the extension never needs a browser for them.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumPath } from '../harness/browser';
import { ROOT } from '../harness/paths';

/** Toolbar (16, 32), extensions page (48), Firefox add-ons manager (96), Chrome Web Store (128). */
export const ICON_SIZES = [16, 32, 48, 96, 128] as const;

async function main() {
  const svg = readFileSync(join(ROOT, 'scripts/icons/icon.svg'), 'utf8');
  const src = `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
  const out = join(ROOT, 'public/icon');
  mkdirSync(out, { recursive: true });
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu'],
  });
  try {
    for (const size of ICON_SIZES) {
      const page = await browser.newPage({ viewport: { width: size, height: size } });
      await page.setContent(
        `<body style="margin:0"><img src="${src}" width="${size}" height="${size}" style="display:block"></body>`,
      );
      await page.locator('img').evaluate((img: HTMLImageElement) => img.decode());
      writeFileSync(join(out, `${size}.png`), await page.screenshot({ omitBackground: true }));
      await page.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`wrote ${ICON_SIZES.map((s) => `public/icon/${s}.png`).join(', ')}`);
}

await main();
