import { useCallback, useEffect, useState } from 'react';
import { flush, onQueueChange, pending, type QueuedEncounter } from './queue';

/** Sends the waiting encounters when the app starts, when the connection returns, and every 30 s meanwhile. */
export function useQueueFlushing(token: (() => string | null) | null) {
  useEffect(() => {
    if (!token) return;
    const send = () => {
      if (navigator.onLine) void flush(token);
    };
    send();
    window.addEventListener('online', send);
    const timer = window.setInterval(send, 30_000);
    return () => {
      window.removeEventListener('online', send);
      window.clearInterval(timer);
    };
  }, [token === null]); // only signing in or out restarts it: a new token function per render must not
}

export function useQueue(): { items: QueuedEncounter[]; reload: () => void } {
  const [items, setItems] = useState<QueuedEncounter[]>([]);
  const reload = useCallback(() => {
    pending().then(setItems, () => setItems([]));
  }, []);
  useEffect(() => {
    reload();
    return onQueueChange(reload);
  }, [reload]);
  return { items, reload };
}

export function useOnline(): boolean {
  const [online, setOnline] = useState(() => navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}
