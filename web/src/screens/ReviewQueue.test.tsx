import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { chooseLanguage } from '../i18n';
import { mockClient, Providers, sessionOf } from '../test/mockClient';
import ReviewQueue from './ReviewQueue';

const item = (id: string, reason: 'DISPUTED' | 'LOW_CONFIDENCE', note: string | null, confidence: number | null) => ({
  cursor: `c-${id}`,
  node: {
    reason,
    confidence,
    encounter: {
      id,
      occurredAt: '2026-11-20T09:30:00Z',
      language: 'EN',
      teamId: 'north',
      customer: { id: `cust-${id}`, name: `Customer ${id}` },
      rep: { id: 'dana', displayName: 'Dana Levi' },
      reading: { state: reason === 'DISPUTED' ? 'DISPUTED' : 'UNREVIEWED', stance: 'BLAME', disputeNote: note, disputedAt: note ? '2026-11-21T10:00:00Z' : null },
    },
  },
});

const page = (edges: unknown[], hasNextPage = false, totalCount = edges.length) => ({
  data: { reviewQueue: { totalCount, pageInfo: { endCursor: hasNextPage ? 'next' : null, hasNextPage }, edges } },
});

describe('the review queue', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('lists disputes and uncertain readings with the rep, the date and the dispute note, each opening its encounter', async () => {
    const { client, calls } = mockClient(() => page([item('e1', 'DISPUTED', 'I owned the delay.', 0.9), item('e2', 'LOW_CONFIDENCE', null, 0.42)]));
    render(<Providers client={client} session={sessionOf('avi', ['coach'], ['north', 'south'])}><ReviewQueue /></Providers>);
    const items = await screen.findAllByRole('listitem');
    expect(items).toHaveLength(2);
    const first = within(items[0]);
    expect(first.getByText('Disputed by the rep')).toBeTruthy();
    expect(first.getByText('Dana Levi')).toBeTruthy();
    expect(first.getByText('I owned the delay.')).toBeTruthy();
    expect(first.getByRole('link', { name: 'Review the encounter with Customer e1' }).getAttribute('href')).toBe('/encounters/e1');
    expect(items[0].querySelector('time')?.getAttribute('dateTime')).toBe('2026-11-20T09:30:00Z');
    const second = within(items[1]);
    expect(second.getByText('Analyser unsure')).toBeTruthy();
    expect(second.getByText('Confidence: 42%')).toBeTruthy();
    expect(screen.getByText('To review: 2')).toBeTruthy();
    expect(calls[0]).toMatchObject({ operationName: 'ReviewQueue', variables: { teamId: null, first: 20, after: null } });
  });

  it('says so when there is nothing to review', async () => {
    const { client } = mockClient(() => page([]));
    render(<Providers client={client} session={sessionOf('avi', ['coach'])}><ReviewQueue /></Providers>);
    expect(await screen.findByText('Nothing to review: no disputes and no uncertain readings.')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });

  it('loads the next page after the last one, and filters by team', async () => {
    const user = userEvent.setup();
    const { client, calls } = mockClient(({ variables }) =>
      variables.after === 'next' ? page([item('e3', 'LOW_CONFIDENCE', null, 0.3)], false, 3) : page([item('e1', 'DISPUTED', 'x', 0.9), item('e2', 'LOW_CONFIDENCE', null, 0.5)], true, 3));
    render(<Providers client={client} session={sessionOf('avi', ['coach'], ['north', 'south'])}><ReviewQueue /></Providers>);
    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    await screen.findByRole('link', { name: 'Review the encounter with Customer e3' });
    expect(screen.getAllByRole('listitem')).toHaveLength(3);
    expect(screen.queryByRole('button', { name: 'Load more' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Team'), 'south');
    await screen.findAllByRole('listitem');
    expect(calls.at(-1)).toMatchObject({ operationName: 'ReviewQueue', variables: { teamId: 'south', after: null } });
  });

  it('says what went wrong', async () => {
    const { client } = mockClient(() => ({ data: null, errors: [{ message: 'down', extensions: { code: 'UNAVAILABLE' } }] }));
    render(<Providers client={client} session={sessionOf('avi', ['coach'])}><ReviewQueue /></Providers>);
    expect((await screen.findByRole('alert')).textContent).toContain('Part of OnMe is not answering right now');
  });

  it('is not for reps', () => {
    const { client, calls } = mockClient(() => page([]));
    render(<Providers client={client} session={sessionOf('dana', ['rep'])}><ReviewQueue /></Providers>);
    expect(screen.getByRole('alert').textContent).toBe('You may not do that.');
    expect(calls).toHaveLength(0);
  });

  it('reads right to left in Hebrew', async () => {
    await chooseLanguage('he');
    const { client } = mockClient(() => page([item('e1', 'DISPUTED', 'לקחתי אחריות על העיכוב.', 0.9)]));
    render(<Providers client={client} session={sessionOf('avi', ['coach'])}><ReviewQueue /></Providers>);
    expect(await screen.findByRole('heading', { name: 'תור לבדיקה' })).toBeTruthy();
    expect(document.documentElement.dir).toBe('rtl');
    expect(await screen.findByText('הנציג ערער')).toBeTruthy();
    expect(screen.getByText('לקחתי אחריות על העיכוב.').getAttribute('dir')).toBe('auto');
  });
});
