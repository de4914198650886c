import { createStore, del, entries, set, type UseStore } from 'idb-keyval';
import { graphql } from '../gql';
import type { LogEncounterInput } from '../gql/graphql';
import { request } from '../api/request';
import type { ErrorCode } from '../api/errors';

/**
 * Encounters logged on this device that the gateway has not confirmed yet, kept in IndexedDB so they survive a
 * reload, a closed tab or a night without signal. Each carries the clientRequestId made when the rep pressed
 * "save": sending it again (a retry after a lost answer, two tabs flushing at once) returns the encounter the first
 * send created, so a queued encounter is logged exactly once.
 */
export interface QueuedEncounter {
  clientRequestId: string;
  input: LogEncounterInput;
  queuedAt: string;
  /**
   * When it was queued, in milliseconds with a fraction, strictly increasing within a tab: queuedAt alone ties for two
   * encounters saved in the same millisecond, and the queue must send them in the order the rep saved them. Absent
   * on items queued before it existed (ordered by queuedAt).
   */
  order?: number;
  /** The customer's name as the rep typed or chose it (the input may carry only its id). */
  customerName?: string;
  /** Set when the gateway refused it for good (bad input, forbidden): kept for the rep to see and discard. */
  failed?: { code: ErrorCode; field?: string };
}

export const LogEncounter = graphql(`
  mutation LogEncounter($input: LogEncounterInput!) {
    logEncounter(input: $input) {
      id
    }
  }
`);

/** Codes worth another try later; anything else will be refused again. */
const TRANSIENT: ErrorCode[] = ['NETWORK', 'UNAVAILABLE', 'UNAUTHENTICATED', 'INTERNAL'];

let store: UseStore | undefined;
const queueStore = () => (store ??= createStore('onme-offline', 'encounters'));

const listeners = new Set<() => void>();
export function onQueueChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
const changed = () => listeners.forEach((listener) => listener());

let lastOrder = 0;
/** Now, in milliseconds with a fraction, never the same twice in this tab. */
function nextOrder(): number {
  lastOrder = Math.max(performance.timeOrigin + performance.now(), lastOrder + 0.001);
  return lastOrder;
}
const orderOf = (item: QueuedEncounter) => item.order ?? Date.parse(item.queuedAt);

export async function enqueue(input: Omit<LogEncounterInput, 'clientRequestId'>, customerName?: string): Promise<QueuedEncounter> {
  const clientRequestId = crypto.randomUUID();
  const item: QueuedEncounter = {
    clientRequestId,
    input: { ...input, clientRequestId },
    queuedAt: new Date().toISOString(),
    order: nextOrder(),
    customerName: customerName ?? input.customer.name ?? undefined,
  };
  await set(clientRequestId, item, queueStore());
  changed();
  return item;
}

export async function pending(): Promise<QueuedEncounter[]> {
  const all = await entries<string, QueuedEncounter>(queueStore());
  return all.map(([, item]) => item).sort((a, b) => orderOf(a) - orderOf(b));
}

export async function discard(clientRequestId: string): Promise<void> {
  await del(clientRequestId, queueStore());
  changed();
}

export interface FlushResult {
  /** clientRequestId → the id of the encounter the gateway logged. */
  sent: Map<string, string>;
  waiting: number;
}

let running: Promise<FlushResult> | null = null;

/** Sends every waiting encounter in order; one flush at a time in this tab (a second caller shares the first's). */
export function flush(token: () => string | null): Promise<FlushResult> {
  running ??= sendAll(token).finally(() => {
    running = null;
  });
  return running;
}

async function sendAll(token: () => string | null): Promise<FlushResult> {
  const sent = new Map<string, string>();
  let waiting = 0;
  for (const item of await pending()) {
    if (item.failed) continue;
    const outcome = await request(LogEncounter, { input: item.input }, token());
    if (outcome.ok) {
      await del(item.clientRequestId, queueStore());
      sent.set(item.clientRequestId, outcome.data.logEncounter.id);
    } else if (TRANSIENT.includes(outcome.code)) {
      waiting++;
      if (outcome.code === 'NETWORK') break; // no connection: the rest would fail the same way
    } else {
      await set(item.clientRequestId, { ...item, failed: { code: outcome.code, field: outcome.field } }, queueStore());
    }
  }
  changed();
  return { sent, waiting };
}
