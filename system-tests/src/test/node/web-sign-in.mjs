// The web app's own sign-in against the identity provider, in Debian's Chromium driven by playwright-core: open the
// app, get sent to the provider's login page (authorization code + PKCE S256, asked by the app's oidc-client-ts),
// sign in, land back in the app on the journal with the user's name shown, sign out (the provider's end-session
// endpoint), and find the provider asking for the password again (its session ended).
//
//   APP_URL=http://localhost:8080 ISSUER=http://localhost:8180/realms/onme LOGIN_USER=dana LOGIN_PASSWORD=onme-demo \
//   EXPECT_NAME='Dana Levi' [CHROMIUM=/usr/bin/chromium] node web-sign-in.mjs
//
// Prints what it saw as one JSON line; exits 1 with a message on stderr at the first step that fails.
import { chromium } from 'playwright-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    throw new Error(`${name} is required`);
  }
  return value;
};
const app = env('APP_URL').replace(/\/$/, '');
const issuer = env('ISSUER');
const user = env('LOGIN_USER');
const password = env('LOGIN_PASSWORD');
const expectName = env('EXPECT_NAME');
const executablePath = env('CHROMIUM', '/usr/bin/chromium');
const timeout = 60_000;

const atProvider = (url) => url.href.startsWith(`${issuer}/protocol/openid-connect/auth`);
const step = async (name, action) => {
  try {
    return await action();
  } catch (error) {
    throw new Error(`${name}: ${error.message.split('\n')[0]}`);
  }
};

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let result;
let page;
try {
  page = await browser.newPage();
  page.setDefaultTimeout(timeout);
  await step('the app sends the browser to the login page', async () => {
    await page.goto(`${app}/journal`);
    await page.waitForURL(atProvider, { timeout });
  });
  const authorize = new URL(page.url());
  const asked = Object.fromEntries(
    ['response_type', 'client_id', 'redirect_uri', 'code_challenge_method', 'scope', 'ui_locales']
      .map((name) => [name, authorize.searchParams.get(name)]),
  );
  asked.code_challenge = authorize.searchParams.has('code_challenge');
  await step('signing in on the login page', async () => {
    await page.locator('#username').fill(user);
    await page.locator('#password').fill(password);
    await page.locator('#kc-login').click();
  });
  const landed = await step('back in the app, on the journal, signed in', async () => {
    await page.waitForURL(`${app}/journal`, { timeout });
    await page.locator('header .who').filter({ hasText: expectName }).waitFor({ timeout });
    return page.url();
  });
  const stored = await page.evaluate(() => {
    const key = Object.keys(sessionStorage).find((name) => name.startsWith('oidc.user:'));
    const kept = key ? JSON.parse(sessionStorage.getItem(key)) : null;
    return { refreshToken: !!kept?.refresh_token, accessToken: !!kept?.access_token };
  });
  const name = await page.locator('header .who').innerText();
  await step('signing out at the provider', async () => {
    await page.locator('header .tools button.link').click();
    await page.waitForURL(`${app}/signed-out`, { timeout });
    await page.locator('[data-sign-in="oidc"]').waitFor({ timeout });
  });
  const signedOutWho = await page.locator('header .who').count();
  await step('signing in again asks for the password (the provider session ended)', async () => {
    await page.locator('[data-sign-in="oidc"]').click();
    await page.waitForURL(atProvider, { timeout });
    await page.locator('#password').waitFor({ timeout });
  });
  result = { asked, landed, name, stored, signedOut: true, signedOutWho };
} catch (error) {
  const where = page ? ` (at ${page.url()}; the page says: ${(await page.locator('body').innerText().catch(() => '')).slice(0, 300)})` : '';
  console.error(error.message + where);
  process.exitCode = 1;
} finally {
  await browser.close();
}
if (result) {
  console.log(JSON.stringify(result));
}
