// Helpers the end-to-end scenarios and the screenshot script share: sign-in, language, axe.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 860 };

export function check(condition, message) {
  if (!condition) throw new Error(`check failed: ${message}`);
}

/** Signs in on the demo sign-in page (signing out first when someone is signed in). */
export async function signIn(page, base, user) {
  await page.goto(`${base}/`);
  // the app renders once it knows how to sign in: wait for it, signed in (the header) or not (the users)
  await page.locator('header .tools button, button[data-user]').first().waitFor();
  const signOut = page.locator('header .tools button');
  if (await signOut.count()) await signOut.click();
  await page.locator(`button[data-user="${user}"]`).click();
  await page.locator('header nav').waitFor();
}

export async function setLanguage(page, language) {
  const select = page.locator('select[name="language"]');
  if ((await select.inputValue()) !== language) await select.selectOption(language);
  await page.waitForFunction((lang) => document.documentElement.lang === lang, language);
}

/** Client-side navigation through the app's own links (works offline, unlike a page load without the worker). */
export async function go(page, href) {
  await page.evaluate((target) => {
    window.history.pushState({}, '', target);
    window.dispatchEvent(new PopStateEvent('popstate'));
  }, href);
}

/**
 * Opens a screen until what it needs has arrived: on a loaded machine a cold service can miss the gateway's timeout
 * (the app then says UNAVAILABLE, as it should); the scenario opens the screen again, as a user would.
 */
export async function open(page, href, ready, tries = 5) {
  for (let attempt = 1; ; attempt++) {
    await go(page, '/');
    await go(page, href);
    try {
      await page.locator(ready).first().waitFor({ state: 'attached', timeout: 10_000 });
      return;
    } catch (missing) {
      if (attempt >= tries) throw missing;
    }
  }
}

/** How many screens axe has checked (a screen in one language is one check). */
export const axeChecks = { count: 0 };

/** axe-core's WCAG 2.1 A and AA rules on the page as it is: the violations, each with where it was seen. */
export async function axe(page, screen) {
  await page.waitForLoadState('networkidle').catch(() => {});
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const violations = await page.evaluate(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.slice(0, 3).map((node) => node.target.join(' ')),
    }));
  });
  const lang = await page.evaluate(() => document.documentElement.lang);
  axeChecks.count++;
  return violations.map((violation) => ({ screen: `${screen} (${lang})`, ...violation }));
}

/** The screen in both languages, as axe sees it; the language is left as it was. */
export async function axeBoth(page, screen, found) {
  const before = await page.evaluate(() => document.documentElement.lang);
  for (const language of before === 'he' ? ['he', 'en'] : ['en', 'he']) {
    await setLanguage(page, language);
    found.push(...(await axe(page, screen)));
  }
  await setLanguage(page, before);
}

/** A GraphQL request with the signed-in user's token, from inside the page (same origin, as the app does). */
export function graphql(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('onme.token')}` },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

/**
 * What has the focus: enough to recognise it, and whether the focus shows (an outline of at least 2 px, or a
 * box-shadow, as the element is styled now that it has the focus), as WCAG 2.4.7 asks. null when nothing (the body) has it.
 */
export function focused(page, selector = null) {
  return page.evaluate((selector) => {
    const element = document.activeElement;
    if (!element || element === document.body) return null;
    const style = getComputedStyle(element);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow !== 'none';
    const rect = element.getBoundingClientRect();
    return {
      tag: element.tagName.toLowerCase(),
      name: element.getAttribute('name'),
      type: element.getAttribute('type'),
      value: 'value' in element ? element.value : null,
      checked: 'checked' in element ? element.checked : null,
      href: element.getAttribute('href'),
      text: (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 40),
      inForm: !!element.closest('form'),
      // a target of programmatic focus only (tabindex -1: the main region after a navigation) is no control to show
      visible: element.getAttribute('tabindex') === '-1'
        || ((outline || shadow) && rect.width > 0 && rect.height > 0),
      matches: selector ? element.matches(selector) : false,
      style: `outline ${style.outlineStyle} ${style.outlineWidth}, box-shadow ${style.boxShadow}, ${Math.round(rect.width)}x${Math.round(rect.height)}${document.hasFocus() ? "" : ", the page without focus"}${element.matches(":focus") ? "" : ", not :focus"}`,
    };
  }, selector);
}

const describeFocus = (at) => (at ? `${at.tag}${at.name ? `[name=${at.name}]` : ''}${at.type ? `[type=${at.type}]` : ''}${at.href ? `[href=${at.href}]` : ''} "${at.text}"` : 'nothing');

/**
 * Presses Tab (Shift+Tab with `backwards`) until the focused element matches the CSS `selector`; every stop on the
 * way must show its focus. Fails when `max` presses do not get there: a keyboard trap or a control the keyboard cannot reach.
 */
export async function tabTo(page, selector, { backwards = false, max = 40 } = {}) {
  const path = [];
  for (let press = 0; press < max; press++) {
    await page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    const at = await focused(page, selector);
    path.push(describeFocus(at));
    if (at) check(at.visible, `the focus shows on ${describeFocus(at)} (${at.style})`);
    if (at?.matches) return at;
  }
  throw new Error(`check failed: ${selector} not reached with ${max} presses of ${backwards ? 'Shift+Tab' : 'Tab'}; went ${path.join(' → ')}`);
}

/** Presses one key and answers what has the focus then (which must show). */
export async function press(page, key) {
  await page.keyboard.press(key);
  const at = await focused(page);
  if (at) check(at.visible, `the focus shows on ${describeFocus(at)} after ${key} (${at.style})`);
  return at;
}
