// Screenshots of the main screens, Hebrew and English, phone and desktop, into docs/screenshots/:
//   ONME_URL=http://localhost:8080 node e2e/screenshots.mjs
// Against a seeded stack (./onme up). Viewport-sized PNGs, so they stay small. ONME_SCREENS=admin-analyser,coach
// takes only those (by name), the others are left as they are.
import { mkdirSync } from 'node:fs';
import { launch } from './browser.mjs';
import { DESKTOP, go, graphql, PHONE, setLanguage, signIn } from './app.mjs';

const base = (process.env.ONME_URL || 'http://localhost:8080').replace(/\/$/, '');
const out = new URL('../../docs/screenshots/', import.meta.url).pathname;
mkdirSync(out, { recursive: true });

const context = await launch({ viewport: PHONE });
const page = await context.newPage();
page.setDefaultTimeout(20_000);

const only = process.env.ONME_SCREENS ? process.env.ONME_SCREENS.split(',') : null;

async function shoot(name, device, language) {
  if (only && !only.includes(name)) return;
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
// the admin: the analyser's tenant phrases and a rescore
await signIn(page, base, 'noa');
const add = 'mutation($input: TenantPhraseInput!) { addTenantPhrase(input: $input) { id } }';
// already there on a second run: CONFLICT, which is fine
await graphql(page, add, { input: { phrase: 'המחסן שוב תקע אותי', language: 'HE', stance: 'BLAME', target: 'OPERATIONS' } });
await graphql(page, add, { input: { phrase: 'I set the next step before leaving', language: 'EN', stance: 'OWNERSHIP', target: null } });
for (const language of ['he', 'en']) {
  await go(page, '/admin/analyser');
  await page.locator('table tbody tr').first().waitFor();
  if (language === 'he') {
    await page.locator('section[aria-labelledby="rescore-heading"] button').click();
    await page.locator('.rescore[data-status]').waitFor();
  }
  await shoot('admin-analyser', 'desktop', language);
}
await context.close();
console.log(`screenshots in ${out}`);
