import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { discard, enqueue, flush, pending } from './queue';

const INPUT = {
  customer: { name: 'מאפיית הגליל' },
  occurredAt: '2026-12-01T10:00:00Z',
  outcome: 'LOST' as const,
  reflection: 'לא הכנתי הצעה מותאמת; בפעם הבאה אבדוק את הצרכים קודם.',
};

type Sent = { input: { clientRequestId: string } };

/** A gateway that logs each clientRequestId once, as journal-service does, and can lose answers or the network. */
function gateway(behaviour: (call: number) => 'ok' | 'lost-answer' | 'offline' | 'unavailable' | 'bad-input') {
  const logged = new Map<string, string>();
  const calls: Sent[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { variables: Sent };
    calls.push(body.variables);
    const what = behaviour(calls.length);
    if (what === 'offline') throw new TypeError('Failed to fetch');
    const key = body.variables.input.clientRequestId;
    if (what === 'unavailable' || what === 'bad-input') {
      const code = what === 'unavailable' ? 'UNAVAILABLE' : 'BAD_USER_INPUT';
      return new Response(JSON.stringify({ data: null, errors: [{ message: 'no', extensions: { code, field: 'reflection' } }] }));
    }
    if (!logged.has(key)) logged.set(key, `e-${logged.size + 1}`);
    if (what === 'lost-answer') throw new TypeError('network changed');
    return new Response(JSON.stringify({ data: { logEncounter: { id: logged.get(key) } } }));
  });
  vi.stubGlobal('fetch', fetchMock);
  return { logged, calls };
}

const token = () => 'token';

describe('the offline queue', () => {
  beforeEach(async () => {
    for (const item of await pending()) await discard(item.clientRequestId);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('keeps an encounter on the device with a fresh clientRequestId', async () => {
    const first = await enqueue(INPUT);
    const second = await enqueue(INPUT);
    expect(first.clientRequestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(first.input.clientRequestId).toBe(first.clientRequestId);
    expect(first.customerName).toBe('מאפיית הגליל');
    expect(second.clientRequestId).not.toBe(first.clientRequestId);
    expect((await pending()).map((item) => item.clientRequestId)).toEqual([first.clientRequestId, second.clientRequestId]);
  });

  it('keeps the order of encounters saved within the same millisecond', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-02T10:00:00Z'));
    try {
      const saved: string[] = [];
      for (let i = 0; i < 6; i++) saved.push((await enqueue(INPUT)).clientRequestId);
      expect((await pending()).map((item) => item.clientRequestId)).toEqual(saved);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits while offline and sends once the connection returns', async () => {
    let online = false;
    const { logged } = gateway(() => (online ? 'ok' : 'offline'));
    const item = await enqueue(INPUT);
    expect((await flush(token)).waiting).toBe(1);
    expect(await pending()).toHaveLength(1);
    online = true;
    const result = await flush(token);
    expect(result.sent.get(item.clientRequestId)).toBe('e-1');
    expect(await pending()).toHaveLength(0);
    expect(logged.size).toBe(1);
  });

  it('resends with the same clientRequestId after a lost answer, so the encounter is logged once', async () => {
    const { logged, calls } = gateway((call) => (call === 1 ? 'lost-answer' : 'ok'));
    const item = await enqueue(INPUT);
    await flush(token);
    expect(await pending()).toHaveLength(1);
    await flush(token);
    expect(calls.map((call) => call.input.clientRequestId)).toEqual([item.clientRequestId, item.clientRequestId]);
    expect(logged.size).toBe(1);
    expect(await pending()).toHaveLength(0);
  });

  it('shares one flush between callers, so two triggers never send twice', async () => {
    const { calls } = gateway(() => 'ok');
    await enqueue(INPUT);
    await Promise.all([flush(token), flush(token), flush(token)]);
    expect(calls).toHaveLength(1);
  });

  it('keeps trying an unavailable gateway but marks a refused encounter for the rep', async () => {
    const { calls } = gateway((call) => (call === 1 ? 'unavailable' : 'bad-input'));
    await enqueue(INPUT);
    await flush(token);
    expect((await pending())[0].failed).toBeUndefined();
    await flush(token);
    expect((await pending())[0].failed).toEqual({ code: 'BAD_USER_INPUT', field: 'reflection' });
    await flush(token);
    expect(calls).toHaveLength(2); // a refused one is not sent again
  });
});
