// Renders public/icons/icon.svg to the PNG icons of the web app manifest with Debian's
// Chromium (run by hand when the icon changes; the PNGs are committed).
import { readFileSync } from 'node:fs';
import { launch } from './lib/browser.mjs';
import { ROOT as root } from './lib/root.mjs';

const svg = readFileSync(`${root}public/icons/icon.svg`, 'utf8');
const browser = await launch();
const page = await browser.newPage();
// Maskable icons keep their content inside the central 80 % safe zone.
for (const [name, size, padding] of [
  ['icon-192.png', 192, 0],
  ['icon-512.png', 512, 0],
  ['maskable-512.png', 512, 0.1],
]) {
  await page.setViewportSize({ width: size, height: size });
  const inner = size * (1 - 2 * padding);
  await page.setContent(`<body style="margin:0;background:#0d4f6c;display:grid;place-items:center;width:${size}px;height:${size}px">
    <div style="width:${inner}px;height:${inner}px">${svg.replace('<svg ', `<svg width="${inner}" height="${inner}" `)}</div></body>`);
  await page.screenshot({ path: `${root}public/icons/${name}` });
}
await browser.close();
