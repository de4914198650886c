import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { ErasureFieldsFragment } from '../../gql/graphql';
import { Problems } from '../../components/Problems';

export const ErasureFields = graphql(`
  fragment ErasureFields on Erasure {
    id
    personId
    reason
    requestedBy
    requestedAt
    state
    completedAt
    steps { service state completedAt attempts lastError }
  }
`);
export const ErasuresQuery = graphql(`
  query Erasures { erasures(first: 20) { ...ErasureFields } }
`);
export const ErasureQuery = graphql(`
  query Erasure($id: ID!) { erasure(id: $id) { ...ErasureFields } }
`);
export const ErasePerson = graphql(`
  mutation ErasePerson($personId: ID!, $reason: String!) { erasePerson(personId: $personId, reason: $reason) { ...ErasureFields } }
`);

/** Erase a person: their id and a reason, a confirmation, then the erasure's steps; the earlier erasures below. */
export function Erasures() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [personId, setPersonId] = useState('');
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const [erased, erase] = useMutation(ErasePerson);
  const [{ data, error }] = useQuery({ query: ErasuresQuery, requestPolicy: 'cache-and-network' });
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short' });

  function ask(event: FormEvent) {
    event.preventDefault();
    const incomplete = !personId.trim() || !reason.trim();
    setMissing(incomplete);
    setConfirming(!incomplete);
  }

  async function confirm() {
    const answer = await erase({ personId: personId.trim(), reason: reason.trim() });
    setConfirming(false);
    if (answer.data) navigate(`/admin/erasures/${encodeURIComponent(answer.data.erasePerson.id)}`);
  }

  return (
    <>
      <h1>{t('admin.erasure.title')}</h1>
      <p>{t('admin.erasure.intro')}</p>
      <form className="erase" onSubmit={ask} noValidate aria-label={t('admin.erasure.title')}>
        <label>
          {t('admin.erasure.personId')}
          <input name="personId" value={personId} autoComplete="off" aria-invalid={missing && !personId.trim() ? true : undefined} onChange={(event) => setPersonId(event.target.value)} />
        </label>
        <label>
          {t('admin.erasure.reason')}
          <textarea name="reason" rows={2} value={reason} dir="auto" aria-invalid={missing && !reason.trim() ? true : undefined} onChange={(event) => setReason(event.target.value)} />
        </label>
        {missing && <p className="problem" role="alert">{t('admin.erasure.required')}</p>}
        <Problems error={erased.error} />
        {!confirming && <button type="submit" disabled={erased.fetching}>{t('admin.erasure.erase')}</button>}
      </form>
      {confirming && <ConfirmErasure personId={personId.trim()} busy={erased.fetching} onConfirm={() => void confirm()} onCancel={() => setConfirming(false)} />}

      <h2>{t('admin.erasure.list')}</h2>
      <Problems error={error} />
      {data && data.erasures.length === 0 && <p>{t('admin.erasure.none')}</p>}
      {!!data?.erasures.length && (
        <table>
          <thead>
            <tr><th scope="col">{t('admin.erasure.personId')}</th><th scope="col">{t('admin.erasure.reason')}</th><th scope="col">{t('admin.erasure.state')}</th></tr>
          </thead>
          <tbody>
            {data.erasures.map((erasure) => (
              <tr key={erasure.id}>
                <th scope="row"><Link to={`/admin/erasures/${encodeURIComponent(erasure.id)}`}>{erasure.personId}</Link> <small><time dateTime={erasure.requestedAt}>{dateFormat.format(new Date(erasure.requestedAt))}</time></small></th>
                <td dir="auto">{erasure.reason}</td>
                <td>{t(`enum.ErasureState.${erasure.state}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}

/** "This cannot be undone": a dialog in the page, focused on Cancel, Escape cancels. */
function ConfirmErasure({ personId, busy, onConfirm, onCancel }: { personId: string; busy: boolean; onConfirm: () => void; onCancel: () => void }) {
  const { t } = useTranslation();
  const cancel = useRef<HTMLButtonElement>(null);
  useEffect(() => cancel.current?.focus(), []);
  return (
    <div
      className="dialog"
      role="alertdialog"
      aria-labelledby="erase-confirm-title"
      aria-describedby="erase-confirm-text"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onCancel();
      }}
    >
      <h2 id="erase-confirm-title">{t('admin.erasure.confirmTitle', { personId })}</h2>
      <p id="erase-confirm-text">{t('admin.erasure.confirmText', { personId })}</p>
      <div className="row">
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>{t('admin.erasure.confirm')}</button>
        <button type="button" className="secondary" ref={cancel} onClick={onCancel}>{t('admin.erasure.cancel')}</button>
      </div>
    </div>
  );
}

/** One erasure: who asked, when, why, and each service's step with its state; refreshed on request. */
export function ErasureDetail() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const [{ data, error, fetching }, refetch] = useQuery({ query: ErasureQuery, variables: { id }, requestPolicy: 'network-only' });
  const erasure = data?.erasure;
  return (
    <>
      {erasure ? <ErasureView erasure={erasure} /> : <h1>{t('admin.erasure.title')}</h1>}
      <Problems error={error} />
      {fetching && !erasure && <p role="status">{t('app.loading')}</p>}
      {!fetching && data && !erasure && <p role="alert">{t('admin.erasure.notFound')}</p>}
      <p className="row">
        <button type="button" className="secondary" disabled={fetching} onClick={() => refetch({ requestPolicy: 'network-only' })}>{t('admin.erasure.refresh')}</button>
        <Link to="/admin/erasures">{t('admin.erasure.list')}</Link>
      </p>
    </>
  );
}

function ErasureView({ erasure }: { erasure: ErasureFieldsFragment }) {
  const { t, i18n } = useTranslation();
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'medium' });
  const when = (at: string | null | undefined) => (at ? <time dateTime={at}>{dateFormat.format(new Date(at))}</time> : '—');
  return (
    <>
      <h1>{t('admin.erasure.detail', { personId: erasure.personId })}</h1>
      <p><span className={`chip erasure-${erasure.state.toLowerCase()}`} data-state={erasure.state}>{t(`enum.ErasureState.${erasure.state}`)}</span></p>
      <dl className="facts">
        <div><dt>{t('admin.erasure.reason')}</dt><dd dir="auto">{erasure.reason}</dd></div>
        <div><dt>{t('admin.erasure.requestedBy')}</dt><dd>{erasure.requestedBy}</dd></div>
        <div><dt>{t('admin.erasure.requestedAt')}</dt><dd>{when(erasure.requestedAt)}</dd></div>
        <div><dt>{t('admin.erasure.completed')}</dt><dd>{when(erasure.completedAt)}</dd></div>
      </dl>
      <h2>{t('admin.erasure.steps')}</h2>
      <table className="steps">
        <thead>
          <tr>
            <th scope="col">{t('admin.erasure.service')}</th>
            <th scope="col">{t('admin.erasure.state')}</th>
            <th scope="col">{t('admin.erasure.completed')}</th>
            <th scope="col">{t('admin.erasure.attempts')}</th>
            <th scope="col">{t('admin.erasure.lastError')}</th>
          </tr>
        </thead>
        <tbody>
          {erasure.steps.map((step) => (
            <tr key={step.service} data-service={step.service}>
              <th scope="row">{step.service}</th>
              <td>{t(`enum.ErasureState.${step.state}`)}</td>
              <td>{when(step.completedAt)}</td>
              <td>{step.attempts}</td>
              <td>{step.lastError ?? '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
