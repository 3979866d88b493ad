// Renders client/images/icon.svg to the 128x128 PNG the extension ships (the Marketplace takes
// no SVG icons), in headless Chromium. Needs scripts/setup-editors.sh. Usage: node scripts/render-icon.mjs
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium } from './lib/code-server.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const svg = await readFile(join(ROOT, 'client', 'images', 'icon.svg'), 'utf8');
const chrome = await launchChromium({ viewport: { width: 128, height: 128 } });
try {
  await chrome.page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  await chrome.page.locator('svg').screenshot({ path: join(ROOT, 'client', 'images', 'icon.png'), omitBackground: true });
  console.log('wrote client/images/icon.png');
} finally {
  await chrome.close();
}
