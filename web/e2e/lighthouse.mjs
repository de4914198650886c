// Lighthouse on the rep's journal, in Debian's Chromium (chrome-launcher with CHROME_PATH, default /usr/bin/chromium;
// never a downloaded browser), against a running, seeded stack:
//   ONME_URL=http://localhost:8080 node e2e/lighthouse.mjs [--desktop] [--path /journal] [--min 90]
// Signs in as the demo rep dana, then empties the HTTP cache, the service worker and its caches (the sign-in stays),
// so the run is a first load. Prints the performance, accessibility and best-practices scores and the JavaScript
// the page loaded, compressed as it travelled; exits 1 when a score is under --min (90).
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';
import { chromium } from 'playwright-core';
import { mkdtempSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn } from './app.mjs';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const desktop = args.includes('--desktop');
const path = option('--path', '/journal');
const min = Number(option('--min', '90'));
const base = (process.env.ONME_URL || 'http://localhost:8080').replace(/\/$/, '');
const origin = new URL(base).origin;
process.env.CHROME_PATH ||= process.env.CHROMIUM_PATH || '/usr/bin/chromium';

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH,
  userDataDir: mkdtempSync(join(tmpdir(), 'onme-lighthouse-')),
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let failed = false;
try {
  // sign in as a user would (the token lands in localStorage), then forget everything cached
  const browser = await chromium.connectOverCDP(`http://127.0.0.1:${chrome.port}`);
  const page = await browser.contexts()[0].newPage();
  await signIn(page, base, 'dana');
  await page.locator('ul.encounters li, p.count').first().waitFor();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin, storageTypes: 'service_workers,cache_storage' });
  await cdp.send('Network.clearBrowserCache');
  await page.goto('about:blank');
  await page.close();
  await browser.close(); // disconnects; the browser stays for Lighthouse

  const runner = await lighthouse(`${base}${path}`, {
    port: chrome.port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility', 'best-practices'],
    disableStorageReset: true, // keeps the sign-in; the caches were emptied above
  }, desktop ? desktopConfig : undefined);
  const report = runner.lhr;
  mkdirSync('test-results', { recursive: true });
  const file = `test-results/lighthouse-${desktop ? 'desktop' : 'mobile'}.json`;
  writeFileSync(file, runner.report);

  const scores = Object.fromEntries(Object.values(report.categories).map((category) => [category.id, Math.round(category.score * 100)]));
  const requests = report.audits['network-requests'].details.items;
  const scripts = requests.filter((request) => request.resourceType === 'Script' && request.url.startsWith(origin));
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const transferred = scripts.reduce((sum, request) => sum + request.transferSize, 0);
  const raw = scripts.reduce((sum, request) => sum + request.resourceSize, 0);
  console.log(`[lighthouse] ${base}${path}, ${desktop ? 'desktop' : 'mobile (simulated slow 4G, 4x CPU slowdown)'}, Lighthouse ${report.lighthouseVersion}, ${report.environment.hostUserAgent.match(/Chrome\/[\d.]+/)?.[0] ?? ''}`);
  for (const id of ['performance', 'accessibility', 'best-practices']) console.log(`[lighthouse] ${id}: ${scores[id]}`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    console.log(`[lighthouse]   ${report.audits[id].title}: ${report.audits[id].displayValue}`);
  }
  console.log(`[lighthouse] JavaScript of the first load: ${scripts.length} files, ${kb(transferred)} compressed (${kb(raw)} uncompressed)`);
  for (const request of scripts) console.log(`[lighthouse]   ${new URL(request.url).pathname}: ${kb(request.transferSize)} (${kb(request.resourceSize)})`);
  for (const [id, category] of Object.entries(report.categories)) {
    for (const ref of category.auditRefs) {
      const audit = report.audits[ref.id];
      if (ref.weight > 0 && audit.score !== null && audit.score < 0.9) console.log(`[lighthouse]   ${id}: ${audit.id} ${audit.score} ${audit.displayValue ?? ''}`);
    }
  }
  console.log(`[lighthouse] full report: web/${file}`);
  const low = Object.entries(scores).filter(([, score]) => score < min);
  if (low.length) {
    console.error(`[lighthouse] under ${min}: ${low.map(([id, score]) => `${id} ${score}`).join(', ')}`);
    failed = true;
  }
} finally {
  chrome.kill();
}
process.exit(failed ? 1 : 0);
