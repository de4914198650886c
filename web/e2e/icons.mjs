// Renders public/icon.svg to the PNG icons the web manifest names: node e2e/icons.mjs
import { readFileSync } from 'node:fs';
import { launch } from './browser.mjs';

const svg = readFileSync(new URL('../public/icon.svg', import.meta.url), 'utf8');
const context = await launch();
const page = await context.newPage();
for (const size of [192, 512]) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<body style="margin:0">${svg.replace('<svg ', `<svg width="${size}" height="${size}" `)}</body>`);
  await page.screenshot({ path: new URL(`../public/icon-${size}.png`, import.meta.url).pathname, omitBackground: true });
}
await context.close();
