import { useEffect, useMemo, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { ArchetypeKey, Channel, Outcome } from '../gql/graphql';
import { apiLanguage } from '../i18n';
import { useSession } from '../auth/session';
import { enqueue, flush } from '../offline/queue';
import { QueueList } from '../components/QueueList';
import { Problems } from '../components/Problems';
import { AnalysisView } from '../components/AnalysisView';

export const LogFormData = graphql(`
  query LogFormData($language: Language, $archetype: ArchetypeKey) {
    archetypes { key difficulty name(language: $language) signals(language: $language) }
    encounters(first: 100) { edges { node { customer { id name } } } }
    playbooks(first: 50, filter: { archetype: $archetype, status: PUBLISHED }) { edges { node { id title language } } }
  }
`);

export const AnalyzeReflection = graphql(`
  query AnalyzeReflection($text: String!, $language: Language) {
    analyzeReflection(text: $text, language: $language) { ...AnalysisFields }
  }
`);

const OUTCOMES: Outcome[] = ['WON', 'PROGRESSING', 'NO_DECISION', 'LOST'];
const CHANNELS: Channel[] = ['MEETING', 'CALL', 'VIDEO', 'EMAIL', 'MESSAGE', 'OTHER'];
const HEBREW = /[\u0590-\u05FF]/;

/** The language of a reflection: Hebrew when it has Hebrew letters. */
export const languageOf = (text: string) => (HEBREW.test(text) ? 'HE' : 'EN');

const localNow = () => {
  const now = new Date();
  now.setMinutes(now.getMinutes() - now.getTimezoneOffset());
  return now.toISOString().slice(0, 16);
};

export function LogEncounterScreen() {
  const { t, i18n } = useTranslation();
  const { auth } = useSession();
  const [archetype, setArchetype] = useState<ArchetypeKey | ''>('');
  const [{ data, error }] = useQuery({
    query: LogFormData,
    variables: { language: apiLanguage(i18n.language), archetype: archetype || null },
  });
  const [customer, setCustomer] = useState('');
  const [outcome, setOutcome] = useState<Outcome>('PROGRESSING');
  const [channel, setChannel] = useState<Channel>('MEETING');
  const [occurredAt, setOccurredAt] = useState(localNow);
  const [amount, setAmount] = useState('');
  const [currency, setCurrency] = useState('ILS');
  const [tactics, setTactics] = useState('');
  const [playbookIds, setPlaybookIds] = useState<string[]>([]);
  const [followUp, setFollowUp] = useState('');
  const [reflection, setReflection] = useState('');
  const [live, setLive] = useState(false);
  const [analysing, setAnalysing] = useState<string | null>(null);
  const [result, setResult] = useState<{ kind: 'saved'; id: string } | { kind: 'queued' } | { kind: 'invalid' } | null>(null);
  const [busy, setBusy] = useState(false);

  const customers = useMemo(() => {
    const byName = new Map<string, string>();
    data?.encounters.edges.forEach(({ node }) => byName.set(node.customer.name, node.customer.id));
    return byName;
  }, [data]);
  const chosen = data?.archetypes.find((candidate) => candidate.key === archetype);

  // "analyse as I write": the text settles for a moment, then it is analysed (nothing is stored)
  useEffect(() => {
    if (!live || reflection.trim().length < 10) return;
    const timer = window.setTimeout(() => setAnalysing(reflection), 800);
    return () => window.clearTimeout(timer);
  }, [live, reflection]);
  const [analysis] = useQuery({
    query: AnalyzeReflection,
    variables: { text: analysing ?? '', language: languageOf(analysing ?? '') },
    pause: !analysing,
    requestPolicy: 'network-only',
  });

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!customer.trim() || !reflection.trim()) {
      setResult({ kind: 'invalid' });
      return;
    }
    setBusy(true);
    const knownId = customers.get(customer.trim());
    const item = await enqueue({
      customer: knownId ? { id: knownId } : { name: customer.trim() },
      occurredAt: new Date(occurredAt).toISOString(),
      outcome,
      channel,
      archetype: archetype || null,
      dealValue: amount ? { amount, currency } : null,
      tactics: tactics.split(',').map((tactic) => tactic.trim()).filter(Boolean),
      playbookIds,
      followUpAt: followUp ? new Date(followUp).toISOString() : null,
      reflection,
      language: languageOf(reflection),
    }, customer.trim());
    const { sent } = navigator.onLine ? await flush(() => auth.getToken()) : { sent: new Map<string, string>() };
    const id = sent.get(item.clientRequestId);
    setResult(id ? { kind: 'saved', id } : { kind: 'queued' });
    setBusy(false);
    if (id || !navigator.onLine) {
      setCustomer('');
      setReflection('');
      setTactics('');
      setAmount('');
      setPlaybookIds([]);
      setFollowUp('');
      setAnalysing(null);
    }
  }

  return (
    <>
      <h1>{t('log.title')}</h1>
      <Problems error={error} partial={!!data} />
      <form className="log" onSubmit={(event) => void save(event)} noValidate>
        <label>
          {t('log.customer')}
          <input name="customer" list="customers" value={customer} onChange={(event) => setCustomer(event.target.value)} required aria-describedby="customer-hint" autoComplete="off" dir="auto" />
        </label>
        <small id="customer-hint">{t('log.customerHint')}</small>
        <datalist id="customers">
          {[...customers.keys()].map((name) => (
            <option key={name} value={name} />
          ))}
        </datalist>

        <label>
          {t('log.archetype')}
          <select name="archetype" value={archetype} onChange={(event) => setArchetype(event.target.value as ArchetypeKey | '')}>
            <option value="">{t('log.archetypeNone')}</option>
            {data?.archetypes.map((candidate) => (
              <option key={candidate.key} value={candidate.key}>
                {candidate.name}
              </option>
            ))}
          </select>
        </label>
        {chosen && chosen.signals.length > 0 && (
          <div className="signals" aria-live="polite">
            <p>{t('log.signals')}</p>
            <ul>
              {chosen.signals.map((signal) => (
                <li key={signal}>{signal}</li>
              ))}
            </ul>
          </div>
        )}

        <fieldset>
          <legend>{t('log.outcome')}</legend>
          <div className="choices">
            {OUTCOMES.map((value) => (
              <label key={value}>
                <input type="radio" name="outcome" value={value} checked={outcome === value} onChange={() => setOutcome(value)} />
                {t(`enum.Outcome.${value}`)}
              </label>
            ))}
          </div>
        </fieldset>

        <div className="row">
          <label>
            {t('log.channel')}
            <select name="channel" value={channel} onChange={(event) => setChannel(event.target.value as Channel)}>
              {CHANNELS.map((value) => (
                <option key={value} value={value}>
                  {t(`enum.Channel.${value}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('log.occurredAt')}
            <input type="datetime-local" name="occurredAt" value={occurredAt} onChange={(event) => setOccurredAt(event.target.value)} />
          </label>
        </div>

        <div className="row">
          <label>
            {t('log.dealValue')}
            <input name="amount" inputMode="decimal" pattern="[0-9]+([.][0-9]{1,2})?" value={amount} onChange={(event) => setAmount(event.target.value)} />
          </label>
          <label>
            {t('log.currency')}
            <select name="currency" value={currency} onChange={(event) => setCurrency(event.target.value)}>
              {['ILS', 'USD', 'EUR'].map((code) => (
                <option key={code}>{code}</option>
              ))}
            </select>
          </label>
        </div>

        <label>
          {t('log.tactics')}
          <input name="tactics" value={tactics} onChange={(event) => setTactics(event.target.value)} dir="auto" />
        </label>

        <fieldset>
          <legend>{t('log.playbooks')}</legend>
          {data?.playbooks.edges.length ? (
            data.playbooks.edges.map(({ node }) => (
              <label key={node.id} className="check">
                <input
                  type="checkbox"
                  checked={playbookIds.includes(node.id)}
                  onChange={(event) => setPlaybookIds((ids) => (event.target.checked ? [...ids, node.id] : ids.filter((id) => id !== node.id)))}
                />
                <span lang={node.language.toLowerCase()}>{node.title}</span>
              </label>
            ))
          ) : (
            <p>{t('log.noPlaybooks')}</p>
          )}
        </fieldset>

        <label>
          {t('log.followUp')}
          <input type="date" name="followUp" value={followUp} onChange={(event) => setFollowUp(event.target.value)} />
        </label>

        <label>
          {t('log.reflection')}
          <textarea name="reflection" rows={6} value={reflection} onChange={(event) => setReflection(event.target.value)} required aria-describedby="reflection-hint" dir="auto" />
        </label>
        <small id="reflection-hint">{t('log.reflectionHint')}</small>

        <div className="row actions">
          <button type="button" className="secondary" onClick={() => setAnalysing(reflection)} disabled={!reflection.trim()}>
            {t('log.analyse')}
          </button>
          <label className="check">
            <input type="checkbox" checked={live} onChange={(event) => setLive(event.target.checked)} />
            {t('log.liveAnalysis')}
          </label>
        </div>
        {analysing && <Problems error={analysis.error} />}
        {analysing && analysis.data && <AnalysisView analysis={analysis.data.analyzeReflection} text={analysing} />}

        <button type="submit" disabled={busy}>
          {t('log.save')}
        </button>
        <div role="status" aria-live="polite" className="result">
          {result?.kind === 'saved' && (
            <p>
              {t('log.saved')} <Link to={`/encounters/${result.id}`}>{t('log.view')}</Link>
            </p>
          )}
          {result?.kind === 'queued' && <p>{t('log.queued')}</p>}
          {result?.kind === 'invalid' && <p>{t('log.required')}</p>}
        </div>
      </form>
      <QueueList />
    </>
  );
}
