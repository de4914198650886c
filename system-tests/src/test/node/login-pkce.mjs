// Signs a user in on the identity provider's real login page, as the web app does: authorization code with PKCE
// (S256) for the public client, in Debian's Chromium driven by playwright-core; then exchanges the code for tokens.
// The browser's request to the redirect URI is watched and its code read (Playwright's routes do not see a request
// that a redirect made); the redirect URI should be no page of an app that would use the code itself.
//
//   ISSUER=http://localhost:8180/realms/onme CLIENT_ID=onme-web REDIRECT_URI=http://localhost:8080/callback \
//   LOGIN_USER=maya LOGIN_PASSWORD=onme-demo [CHROMIUM=/usr/bin/chromium] [UI_LOCALES=he] node login-pkce.mjs
//
// Prints the token endpoint's JSON answer on one line (plus "login_page_lang", the lang of the login page seen).
// Exits 1 with a message on stderr when the login page, the redirect or the exchange fails.
import { createHash, randomBytes } from 'node:crypto';
import { chromium } from 'playwright-core';

const env = (name, fallback) => {
  const value = process.env[name] ?? fallback;
  if (value === undefined) {
    throw new Error(`${name} is required`);
  }
  return value;
};
const issuer = env('ISSUER');
const clientId = env('CLIENT_ID', 'onme-web');
const redirectUri = env('REDIRECT_URI');
const user = env('LOGIN_USER');
const password = env('LOGIN_PASSWORD');
const executablePath = env('CHROMIUM', '/usr/bin/chromium');
const uiLocales = process.env.UI_LOCALES;

const base64url = (bytes) => Buffer.from(bytes).toString('base64url');
const verifier = base64url(randomBytes(32));
const challenge = base64url(createHash('sha256').update(verifier).digest());
const state = base64url(randomBytes(16));
const nonce = base64url(randomBytes(16));

const discovery = await (await fetch(`${issuer}/.well-known/openid-configuration`)).json();
const authorize = new URL(discovery.authorization_endpoint);
authorize.search = new URLSearchParams({
  response_type: 'code',
  client_id: clientId,
  redirect_uri: redirectUri,
  scope: 'openid',
  state,
  nonce,
  code_challenge: challenge,
  code_challenge_method: 'S256',
  ...(uiLocales ? { ui_locales: uiLocales } : {}),
}).toString();

const browser = await chromium.launch({
  executablePath,
  headless: true,
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
let result;
try {
  const page = await browser.newPage();
  let redirected;
  const caught = new Promise((resolve) => {
    page.on('request', (request) => {
      if (!redirected && request.url().startsWith(redirectUri)) {
        redirected = new URL(request.url());
        resolve();
      }
    });
  });
  await page.goto(authorize.toString());
  await page.locator('#username').fill(user);
  await page.locator('#password').fill(password);
  const lang = await page.locator('html').getAttribute('lang');
  await page.locator('#kc-login').click();
  await Promise.race([caught, page.waitForTimeout(30_000)]);
  if (!redirected) {
    const text = (await page.locator('body').innerText()).slice(0, 300);
    throw new Error(`no redirect to ${redirectUri} after signing in; the page says: ${text}`);
  }
  if (redirected.searchParams.get('state') !== state) {
    throw new Error(`state mismatch in ${redirected}`);
  }
  const code = redirected.searchParams.get('code');
  if (!code) {
    throw new Error(`no code in ${redirected}`);
  }
  const answer = await fetch(discovery.token_endpoint, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: clientId,
      code,
      redirect_uri: redirectUri,
      code_verifier: verifier,
    }),
  });
  const tokens = await answer.json();
  if (!answer.ok || !tokens.access_token) {
    throw new Error(`the code exchange failed (${answer.status}): ${JSON.stringify(tokens)}`);
  }
  result = { ...tokens, login_page_lang: lang };
} catch (error) {
  console.error(error.message);
  process.exitCode = 1;
} finally {
  await browser.close();
}
if (result) {
  console.log(JSON.stringify(result));
}
