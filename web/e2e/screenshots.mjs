// Screenshots of the main screens, Hebrew and English, phone and desktop, into docs/screenshots/:
//   ONME_URL=http://localhost:8080 node e2e/screenshots.mjs
// Against a seeded stack (./onme up). Viewport-sized PNGs, so they stay small.
import { mkdirSync } from 'node:fs';
import { launch } from './browser.mjs';
import { DESKTOP, go, PHONE, setLanguage, signIn } from './app.mjs';

const base = (process.env.ONME_URL || 'http://localhost:8080').replace(/\/$/, '');
const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const context = await launch({ viewport: PHONE });
const page = await context.newPage();
page.setDefaultTimeout(20_000);

async function shoot(name, device, language) {
  await setLanguage(page, language);
  await page.waitForLoadState('networkidle').catch(() => {});
  await page.waitForTimeout(300);
  await page.screenshot({ path: `${out}${name}-${device}-${language}.png` });
}

// the rep on a phone
await signIn(page, base, 'dana');
const firstEncounter = await page.evaluate(async () => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('onme.token')}` },
    body: JSON.stringify({ query: '{ encounters(first: 20, filter: { stance: BLAME }) { edges { node { id } } } }' }),
  });
  return (await response.json()).data.encounters.edges[0]?.node.id;
});
for (const language of ['he', 'en']) {
  await go(page, '/journal');
  await page.locator('ul.encounters li').first().waitFor();
  await shoot('journal', 'phone', language);
  await go(page, '/log');
  await page.locator('select[name="archetype"]').selectOption('SKEPTICAL');
  await shoot('log', 'phone', language);
  if (firstEncounter) {
    await go(page, `/encounters/${firstEncounter}`);
    await page.locator('.analysis mark').first().waitFor().catch(() => {});
    await shoot('encounter', 'phone', language);
  }
  await go(page, '/profile');
  await page.locator('canvas').first().waitFor().catch(() => {});
  await shoot('profile', 'phone', language);
}

// the coach at a desk
await page.setViewportSize(DESKTOP);
await signIn(page, base, 'avi');
for (const language of ['he', 'en']) {
  await go(page, '/coach');
  await page.locator('table.leaderboard').first().waitFor();
  await page.locator('canvas').first().waitFor().catch(() => {});
  await shoot('coach', 'desktop', language);
  if (firstEncounter) {
    await go(page, `/encounters/${firstEncounter}`);
    await page.locator('.analysis mark').first().waitFor().catch(() => {});
    await shoot('encounter', 'desktop', language);
  }
  await go(page, '/playbooks');
  await page.locator('ul.playbooks li').first().waitFor().catch(() => {});
  await shoot('playbooks', 'desktop', language);
}
await context.close();
console.log(`screenshots in ${out}`);
