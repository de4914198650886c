import { beforeEach, describe, expect, it } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Route, Routes } from 'react-router';
import { chooseLanguage } from '../i18n';
import { mockClient, Providers, sessionOf, type Call } from '../test/mockClient';
import { EncounterPage } from './EncounterPage';

const reflection = 'The customer never listened, nothing I could do.';
const reading = (patch: Record<string, unknown> = {}) => ({
  stance: 'BLAME', blameTargets: ['CUSTOMER'], ownershipScore: 12, state: 'UNREVIEWED',
  machineStance: 'BLAME', machineBlameTargets: ['CUSTOMER'], confidence: 0.81, seenByRepAt: null, releasedToCoaches: false,
  disputeNote: null, disputedAt: null, reviewedBy: null, reviewedAt: null, reviewNote: null, history: [], ...patch,
});
const encounter = (patch: Record<string, unknown> = {}) => ({
  id: 'e1', occurredAt: '2026-11-20T09:30:00Z', outcome: 'LOST', channel: null, scoreStatus: 'SCORED', language: 'EN',
  reflection, tactics: [], followUpAt: null, dealValue: null, customer: { id: 'c1', name: 'Carmel Bakery' },
  rep: { id: 'dana', displayName: 'Dana Levi' }, archetype: null,
  analysis: { stance: 'BLAME', ownershipScore: 12, confidence: 0.81, blameTargets: ['CUSTOMER'], language: 'EN', evidence: [], reframes: [] },
  reading: reading(), readingWithheld: false, playbooksUsed: [], suggestedPlaybooks: [], notes: [], ...patch,
});

function show(userId: string, roles: string[], answer: (call: Call) => unknown) {
  const mock = mockClient((call) => ({ data: answer(call) }));
  render(
    <Providers client={mock.client} session={sessionOf(userId, roles)} path="/encounters/e1">
      <Routes><Route path="/encounters/:id" element={<EncounterPage />} /></Routes>
    </Providers>,
  );
  return mock.calls;
}

describe('the encounter page and its reading', () => {
  beforeEach(async () => {
    await chooseLanguage('en');
  });

  it('shows the rep the reading that counts, marks it seen once, and shows what scores are for', async () => {
    const calls = show('dana', ['rep'], ({ operationName }) =>
      operationName === 'EncounterDetail' ? { encounter: encounter() } : { markReadingSeen: reading({ seenByRepAt: '2026-11-20T10:00:00Z' }) });
    expect(await screen.findByText('Not reviewed')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What the scores are for' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Dispute this reading' })).toBeTruthy();
    await waitFor(() => expect(calls.filter((call) => call.operationName === 'MarkReadingSeen')).toHaveLength(1));
    expect(calls.find((call) => call.operationName === 'MarkReadingSeen')?.variables).toEqual({ encounterId: 'e1' });
  });

  it('lets the rep dispute the reading', async () => {
    const user = userEvent.setup();
    const calls = show('dana', ['rep'], ({ operationName }) =>
      operationName === 'EncounterDetail' ? { encounter: encounter({ reading: reading({ seenByRepAt: '2026-11-20T10:00:00Z' }) }) }
        : { disputeReading: reading({ state: 'DISPUTED', disputeNote: 'I owned it.' }) });
    await user.click(await screen.findByRole('button', { name: 'Dispute this reading' }));
    await user.type(screen.getByLabelText('What did the reading get wrong?'), 'I owned it.');
    await user.click(screen.getByRole('button', { name: 'Send the dispute' }));
    expect(await screen.findByText('Sent. A coach will look at the reading.')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'DisputeReading')?.variables).toEqual({ encounterId: 'e1', note: 'I owned it.' });
    expect(calls.some((call) => call.operationName === 'MarkReadingSeen')).toBe(false); // already seen
  });

  it('shows a corrected reading with the machine’s beside it, and no dispute button', async () => {
    show('dana', ['rep'], () => ({
      encounter: encounter({
        reading: reading({
          state: 'CORRECTED', stance: 'OWNERSHIP', blameTargets: [], ownershipScore: 85, seenByRepAt: '2026-11-20T10:00:00Z',
          reviewedBy: { id: 'avi', displayName: 'Avi Shapira' }, reviewedAt: '2026-11-22T08:00:00Z', reviewNote: 'You took it on.',
          history: [{ at: '2026-11-22T08:00:00Z', actorId: 'avi', action: 'CORRECTED', stance: 'OWNERSHIP', blameTargets: [], note: 'You took it on.' }],
        }),
      }),
    }));
    expect(await screen.findByText('Corrected by a coach')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The analyser read' })).toBeTruthy();
    expect(screen.getAllByText('Ownership').length).toBeGreaterThan(0);
    expect(screen.getByText('You took it on.', { selector: '.said p' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Dispute this reading' })).toBeNull();
    expect(screen.getByText(/avi corrected the reading/)).toBeTruthy();
  });

  it('tells a coach, neutrally, that the rep has not seen the reading yet', async () => {
    const calls = show('avi', ['coach'], () => ({ encounter: encounter({ analysis: null, reading: null, readingWithheld: true }) }));
    expect(await screen.findByText(/The rep has not seen this reading yet/)).toBeTruthy();
    expect(screen.queryByText('The analysis is on its way.')).toBeNull();
    expect(screen.queryByRole('heading', { name: 'What the scores are for' })).toBeNull();
    expect(calls.some((call) => call.operationName === 'MarkReadingSeen')).toBe(false);
  });

  it('gives a coach the review form for a released, disputed reading', async () => {
    const user = userEvent.setup();
    const calls = show('avi', ['coach'], ({ operationName }) =>
      operationName === 'EncounterDetail'
        ? { encounter: encounter({ reading: reading({ state: 'DISPUTED', releasedToCoaches: true, disputeNote: 'I owned it.' }) }) }
        : { reviewReading: reading({ state: 'CONFIRMED' }) });
    expect(await screen.findByText("The rep's dispute")).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Save the review' }));
    expect(await screen.findByText('Review saved.')).toBeTruthy();
    expect(calls.find((call) => call.operationName === 'ReviewReading')?.variables).toEqual({ encounterId: 'e1', input: { decision: 'CONFIRM', note: null } });
  });
});
