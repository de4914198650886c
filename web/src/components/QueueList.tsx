import { useTranslation } from 'react-i18next';
import { useSession } from '../auth/session';
import { discard, flush } from '../offline/queue';
import { useQueue } from '../offline/useQueue';

/** What this device still has to send, and what the gateway refused for good. */
export function QueueList() {
  const { t } = useTranslation();
  const { auth } = useSession();
  const { items } = useQueue();
  if (!items.length) return null;
  return (
    <section className="queue" aria-labelledby="queue-heading">
      <h2 id="queue-heading">{t('queue.title')}</h2>
      <ul>
        {items.map((item) => (
          <li key={item.clientRequestId} data-queued={item.clientRequestId}>
            <strong dir="auto">{item.customerName}</strong>{' '}
            <span dir="auto" className="excerpt">{item.input.reflection.slice(0, 60)}</span>{' '}
            <strong className="status">{item.failed ? t('queue.failed', { reason: t(`errors.${item.failed.code}`, { field: item.failed.field ?? '' }) }) : t('queue.waiting')}</strong>
            {item.failed && (
              <button type="button" className="link" onClick={() => void discard(item.clientRequestId)}>
                {t('queue.discard')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="secondary" onClick={() => void flush(() => auth.getToken())}>
        {t('queue.sendNow')}
      </button>
    </section>
  );
}
