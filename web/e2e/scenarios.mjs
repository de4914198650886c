// The web app end to end in Debian's Chromium, against a running stack (the launcher's, seeded with the demo tenant):
//   ONME_URL=http://localhost:8080 node e2e/scenarios.mjs
// system-tests' WebAppIT runs it inside ./mvnw verify on a stack of its own. Exit 0 when every scenario passed and
// axe found no WCAG 2.1 A/AA violation on any screen in either language.
import { launch } from './browser.mjs';
import { axeBoth, axeChecks, check, DESKTOP, focused, go, graphql, open, PHONE, press, setLanguage, signIn, tabTo } from './app.mjs';

const base = (process.env.ONME_URL || 'http://localhost:8080').replace(/\/$/, '');
const run = Date.now().toString(36);
const violations = [];
const context = await launch({ viewport: PHONE, hasTouch: true, isMobile: true, locale: 'he-IL' });
const page = await context.newPage();
page.setDefaultTimeout(20_000);
const step = (name) => console.log(`[e2e] ${name}`);

try {
  // 1. A rep logs a Hebrew encounter on a phone and sees the evidence highlighted
  step('rep dana (he) signs in on a phone');
  await page.goto(`${base}/`);
  await axeBoth(page, 'sign-in', violations);
  await signIn(page, base, 'dana');
  check((await page.evaluate(() => document.documentElement.dir)) === 'rtl', 'Hebrew (dana’s locale) is right-to-left');

  step('logs a Hebrew encounter, analysing it before saving');
  const customer = `קונדיטוריית הכרמל ${run}`;
  const reflection = `הלקוח לא הקשיב בכלל וההנהלה לא נתנה לי הנחה, אין מה לעשות. ${run}`;
  await open(page, '/log', 'select[name="archetype"] option[value="SKEPTICAL"]');
  await page.locator('input[name="customer"]').fill(customer);
  await page.locator('select[name="archetype"]').selectOption('SKEPTICAL');
  check((await page.locator('.signals li').count()) > 0, 'the chosen archetype shows its signals');
  await page.locator('input[name="outcome"][value="LOST"]').check();
  await page.locator('input[name="amount"]').fill('12000');
  await page.locator('input[name="tactics"]').fill('הדגמה, מקרה בוחן');
  await page.locator('textarea[name="reflection"]').fill(reflection);
  await page.getByRole('button', { name: 'ניתוח לפני שמירה' }).click();
  await page.locator('.analysis mark.evidence').first().waitFor();
  await axeBoth(page, 'log encounter (with analysis)', violations);
  await page.locator('form.log button[type="submit"]').click();
  const opened = page.locator('.result a');
  await opened.waitFor();
  await opened.click();
  await page.waitForURL(/\/encounters\//);
  const encounterPath = new URL(page.url()).pathname;

  step('sees the evidence highlighted at the exact offsets');
  await page.locator('.analysis mark.evidence').first().waitFor({ timeout: 60_000 });
  const marks = await page.locator('.analysis mark.evidence').evaluateAll((elements) =>
    elements.map((mark) => ({ text: mark.textContent, start: Number(mark.dataset.start), end: Number(mark.dataset.end) })));
  const shown = await page.locator('.analysis .reflection').textContent();
  check(shown === reflection, 'the reflection is shown whole');
  check(marks.length > 0, 'the analysis marks evidence');
  for (const mark of marks) check(reflection.slice(mark.start, mark.end) === mark.text, `mark "${mark.text}" sits at ${mark.start}..${mark.end}`);
  await axeBoth(page, 'encounter', violations);

  step('journal, profile and playbooks pass axe in both languages');
  await go(page, '/journal');
  await page.locator('ul.encounters li').first().waitFor();
  check((await page.locator('ul.encounters').textContent()).includes(customer), 'the journal lists the new encounter');
  await axeBoth(page, 'journal', violations);
  await go(page, '/profile');
  await page.locator('dl.facts').first().waitFor();
  await axeBoth(page, 'profile', violations);
  await go(page, '/playbooks');
  await page.locator('ul.playbooks li, .playbooks-none').first().waitFor().catch(() => {});
  await axeBoth(page, 'playbooks', violations);
  const firstPlaybook = page.locator('ul.playbooks a').first();
  if (await firstPlaybook.count()) {
    await firstPlaybook.click();
    await page.locator('article h1').waitFor();
    await axeBoth(page, 'playbook', violations);
  }

  // 1b. Keyboard only: Tab, Shift+Tab, Enter, Space and the arrows, no click; every stop shows its focus
  step('keyboard only: rep dana signs out and in, logs an encounter and opens it without a click');
  await page.setViewportSize(DESKTOP);
  await page.goto(`${base}/journal`);
  await page.locator('ul.encounters li').first().waitFor();
  check((await tabTo(page, 'a.skip', { max: 1 })).matches, 'the first Tab reaches "skip to the content"');
  await tabTo(page, 'header .tools button');
  await press(page, 'Enter');
  await page.locator('button[data-user="dana"]').waitFor();
  await tabTo(page, 'button[data-user="dana"]');
  await press(page, 'Enter');
  await page.locator('header nav').waitFor();
  await tabTo(page, 'header nav a[href="/log"]');
  await press(page, 'Enter');
  await page.locator('select[name="archetype"] option[value="SKEPTICAL"]').waitFor({ state: 'attached' });
  const keyboardCustomer = `מקלדת ${run}`;
  const keyboardReflection = `לא הכנתי מספיק שאלות, זה עליי; בפגישה הבאה אכין שלוש שאלות פתוחות. ${run}`;
  await tabTo(page, 'input[name="customer"]');
  await page.keyboard.type(keyboardCustomer);
  await tabTo(page, 'select[name="archetype"]', { max: 1 });
  await press(page, 'ArrowDown');
  const archetypeChosen = await page.locator('select[name="archetype"]').inputValue();
  check(archetypeChosen !== '', 'ArrowDown chooses an archetype');
  await page.locator('.signals li').first().waitFor();
  const outcomeRadio = await tabTo(page, 'input[name="outcome"]');
  check(outcomeRadio.checked && outcomeRadio.value === 'PROGRESSING', 'Tab enters the outcomes at the chosen one');
  await press(page, 'ArrowDown');
  const outcomeNow = await press(page, 'ArrowDown');
  check(outcomeNow.value === 'LOST' && outcomeNow.checked, `the arrows choose an outcome (got ${outcomeNow.value})`);
  await tabTo(page, 'select[name="channel"]', { max: 1 });
  await press(page, 'ArrowDown');
  check((await page.locator('select[name="channel"]').inputValue()) === 'CALL', 'ArrowDown chooses the channel');
  await tabTo(page, 'input[name="amount"]', { max: 10 }); // through the date and time's fields
  await page.keyboard.type('9500');
  await tabTo(page, 'input[name="tactics"]', { max: 2 });
  await page.keyboard.type('שאלות פתוחות');
  check((await tabTo(page, 'select[name="currency"]', { backwards: true, max: 1 })).matches, 'Shift+Tab goes back');
  await tabTo(page, 'input[name="tactics"]', { max: 1 });
  const playbookBox = 'form.log fieldset input[type="checkbox"]';
  let playbookChosen = false;
  if (await page.locator(playbookBox).count()) {
    await tabTo(page, playbookBox, { max: 1 });
    check((await press(page, 'Space')).checked, 'Space ticks a playbook');
    playbookChosen = true;
  }
  await tabTo(page, 'textarea[name="reflection"]', { max: 10 });
  await page.keyboard.type(keyboardReflection);
  await tabTo(page, 'form.log .actions button', { max: 1 });
  await press(page, 'Enter');
  await page.locator('.analysis mark.evidence').first().waitFor({ timeout: 60_000 });
  await tabTo(page, 'form.log button[type="submit"]');
  await press(page, 'Enter');
  await page.locator('.result a').waitFor();
  await tabTo(page, '.result a', { max: 1 });
  await press(page, 'Enter');
  await page.waitForURL(/\/encounters\//);
  await page.locator('.analysis .reflection').waitFor({ timeout: 60_000 });
  check((await page.locator('.analysis .reflection').textContent()) === keyboardReflection, 'the saved encounter opens with its reflection');
  check((await page.locator('main').textContent()).includes(keyboardCustomer), 'the saved encounter names its customer');
  const saved = await graphql(page, 'query($id: ID!) { encounter(id: $id) { outcome channel archetype { key } dealValue { amount } playbooksUsed { id } } }',
    { id: new URL(page.url()).pathname.split('/').pop() });
  const savedEncounter = saved.data?.encounter;
  check(savedEncounter?.outcome === 'LOST' && savedEncounter.channel === 'CALL' && savedEncounter.archetype?.key === archetypeChosen
    && Number(savedEncounter.dealValue?.amount) === 9500 && savedEncounter.playbooksUsed.length === (playbookChosen ? 1 : 0),
  `what the keyboard chose was saved (${JSON.stringify(savedEncounter)})`);
  check((await focused(page)) === null || (await focused(page)).tag === 'main', 'after opening a page the focus is at its start');
  await page.setViewportSize(PHONE);

  // 2. The offline queue survives a reload and sends exactly once
  step('offline: the encounter waits on the device, across a reload');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  if (!(await page.evaluate(() => !!navigator.serviceWorker.controller))) {
    await page.reload();
    await page.waitForFunction(() => !!navigator.serviceWorker.controller);
  }
  const offlineReflection = `לא הכנתי את ההצעה בזמן; זה עליי, ומחר אשלח אותה בבוקר. ${run}`;
  await context.setOffline(true);
  await go(page, '/log');
  await page.locator('input[name="customer"]').fill(`לקוח לא מקוון ${run}`);
  await page.locator('textarea[name="reflection"]').fill(offlineReflection);
  await page.locator('form.log button[type="submit"]').click();
  await page.locator('.queue li').first().waitFor();
  await page.reload(); // offline: the service worker serves the app
  await go(page, '/journal');
  const waiting = page.locator('.queue li');
  await waiting.first().waitFor();
  check((await waiting.count()) === 1, 'one encounter waits after the reload');
  await axeBoth(page, 'journal with a waiting encounter', violations);

  step('back online: sent, once');
  await context.setOffline(false);
  await page.locator('.queue').waitFor({ state: 'detached', timeout: 30_000 });
  const mine = await graphql(page, '{ encounters(first: 100) { edges { node { reflection } } } }');
  const copies = mine.data.encounters.edges.filter((edge) => edge.node.reflection === offlineReflection).length;
  check(copies === 1, `the queued encounter was logged exactly once (found ${copies})`);

  // 3. A coach sees the leaderboard and adds a note
  step('coach avi: leaderboard, drill-down, a note');
  await page.setViewportSize(DESKTOP);
  await signIn(page, base, 'avi');
  await open(page, '/coach', 'table.leaderboard');
  // the leaderboard names reps by id (scoring-service keeps no display names)
  check((await page.locator('table.leaderboard').first().textContent()).includes('dana'), 'Dana is on the leaderboard');
  await axeBoth(page, 'coach dashboard', violations);
  await page.locator('table.leaderboard a[href="/reps/dana"]').click();
  await page.waitForURL(/\/reps\/dana/);
  await page.locator('dl.facts').first().waitFor();
  await axeBoth(page, 'rep drill-down', violations);
  await go(page, encounterPath);
  await page.locator('textarea[name="note"]').waitFor();
  const note = `כל הכבוד על הכנות; בפעם הבאה נסי לשאול שאלה פתוחה. ${run}`;
  await page.locator('textarea[name="note"]').fill(note);
  await page.locator('.notes button[type="submit"]').click();
  await page.locator('.notes li', { hasText: note }).waitFor();
  await axeBoth(page, 'encounter with a note (coach)', violations);
  await go(page, '/playbooks/new');
  await page.locator('form.log').waitFor();
  await axeBoth(page, 'playbook editor', violations);

  // 3b. Rep first: the rep disputes the reading, the coach corrects it from the review queue, the rep sees it
  const disputeNote = `תיארתי את המצב של הלקוח, לא האשמתי אותו. ${run}`;
  const reviewNote = `מסכים: זו הייתה תיאור של מצב, וההמשך עליך. ${run}`;
  step('rep dana disputes the reading');
  await page.setViewportSize(PHONE);
  await signIn(page, base, 'dana');
  await open(page, encounterPath, 'section.reading [data-state]');
  const purpose = page.locator('section.purpose.notice');
  if (await purpose.count()) {
    check((await purpose.textContent()).includes('ואסור להשתמש בה להחלטות העסקה'), 'what the scores are for, in Hebrew');
    await purpose.getByRole('button', { name: 'הבנתי, להסתיר' }).click();
  }
  check((await page.locator('section.reading [data-state]').getAttribute('data-state')) === 'UNREVIEWED', 'the reading is unreviewed');
  await page.getByRole('button', { name: 'לערער על הקריאה' }).click();
  await page.locator('form.dispute textarea[name="disputeNote"]').fill(disputeNote);
  await axeBoth(page, 'dispute form', violations);
  await page.locator('form.dispute button[type="submit"]').click();
  await page.locator('section.reading [data-state="DISPUTED"]').waitFor();
  await axeBoth(page, 'encounter, disputed (rep)', violations);

  step('coach avi corrects it from the review queue');
  await page.setViewportSize(DESKTOP);
  await signIn(page, base, 'avi');
  await open(page, '/review', 'ul.review-queue li');
  const queued = page.locator('ul.review-queue li', { hasText: disputeNote });
  await queued.waitFor();
  await axeBoth(page, 'review queue', violations);
  await queued.locator('a').first().click();
  await page.waitForURL(/\/encounters\//);
  await page.locator('form.review').waitFor();
  await page.locator('form.review input[name="decision"][value="CORRECT"]').check();
  await page.locator('form.review select[name="stance"]').selectOption('OWNERSHIP');
  await page.locator('form.review textarea[name="reviewNote"]').fill(reviewNote);
  await axeBoth(page, 'review form', violations);
  await page.locator('form.review button[type="submit"]').click();
  await page.locator('section.reading [data-state="CORRECTED"]').waitFor();

  step('rep dana sees the correction, the analyser’s reading beside it');
  await page.setViewportSize(PHONE);
  await signIn(page, base, 'dana');
  await open(page, encounterPath, 'section.reading [data-state="CORRECTED"]');
  check((await page.locator('section.reading .machine').count()) === 1, 'the analyser’s reading is shown beside the correction');
  check((await page.locator('section.reading').textContent()).includes(reviewNote), 'the coach’s note is shown');
  check((await page.getByRole('button', { name: 'לערער על הקריאה' }).count()) === 0, 'no second dispute');
  await page.locator('section.reading details.history summary').click();
  check((await page.locator('section.reading details.history li').count()) >= 2, 'history: disputed, then corrected');
  await axeBoth(page, 'encounter, corrected (rep)', violations);

  step('admin noa: agreement, settings and erasure screens');
  await page.setViewportSize(DESKTOP);
  await signIn(page, base, 'noa');
  await open(page, '/admin/agreement', 'section[aria-labelledby="corrections-heading"]');
  await axeBoth(page, 'admin agreement', violations);
  await open(page, '/admin/settings', 'form.settings');
  await axeBoth(page, 'admin settings', violations);
  await open(page, '/admin/erasures', 'form.erase');
  await axeBoth(page, 'admin erasures', violations);

  step('admin noa adds a Hebrew tenant phrase, removes it, and follows a rescore to its end');
  await open(page, '/admin/analyser', 'form.log input[name="phrase"]');
  const adminPhrase = `אין לי מה לעשות עם המחסן ${run}`;
  await page.locator('input[name="phrase"]').fill(adminPhrase);
  await page.locator('select[name="phraseLanguage"]').selectOption('HE');
  await page.locator('select[name="stance"]').selectOption('BLAME');
  await page.locator('select[name="target"]').selectOption('OPERATIONS');
  await page.locator('form.log button[type="submit"]').click();
  const phraseRow = page.locator('table tr', { hasText: adminPhrase });
  await phraseRow.waitFor();
  check((await phraseRow.locator('th').getAttribute('lang')) === 'he', 'the Hebrew phrase is marked as Hebrew');
  await page.locator('section[aria-labelledby="rescore-heading"] button').click();
  await page.locator('.rescore[data-status="DONE"]').waitFor({ timeout: 60_000 });
  await axeBoth(page, 'admin analyser phrases and rescore', violations);
  await phraseRow.locator('button').click();
  await phraseRow.waitFor({ state: 'detached' });

  // 4. A rep of another team sees nothing of it
  step('rep maya (team south) sees nothing of it');
  await signIn(page, base, 'maya');
  await setLanguage(page, 'en');
  await go(page, encounterPath);
  await page.getByRole('alert').first().waitFor();
  check(!(await page.content()).includes(note), 'the note is not shown to another team');
  check(!(await page.content()).includes(reflection), 'the reflection is not shown to another team');
  await go(page, '/journal');
  await page.locator('p.count').waitFor();
  check(!(await page.locator('main').textContent()).includes(customer), 'the other team’s journal does not list it');
  const direct = await graphql(page, 'query($id: ID!) { encounter(id: $id) { id notes { text } } }', { id: encounterPath.split('/').pop() });
  check(direct.data?.encounter == null, 'the API gives another team nothing either');
} catch (failure) {
  console.error(`[e2e] FAILED: ${failure.stack ?? failure}`);
  await page.screenshot({ path: 'test-results/failure.png', fullPage: true }).catch(() => {});
  console.error(`[e2e] at ${page.url()}`);
  console.error(`[e2e] page: ${(await page.locator('body').textContent().catch(() => '')).slice(0, 600)}`);
  await context.close();
  process.exit(1);
}
await context.close();

if (violations.length) {
  console.error(`[e2e] axe found ${violations.length} WCAG 2.1 A/AA violations in ${axeChecks.count} checks:`);
  for (const violation of violations) console.error(`  ${violation.screen}: ${violation.id} (${violation.impact}) ${violation.help} — ${violation.targets.join(' | ')}`);
  process.exit(1);
}
console.log(`[e2e] every scenario passed; axe: no WCAG 2.1 A/AA violations in ${axeChecks.count} checks (every screen, he and en)`);
