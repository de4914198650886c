import { useId, useState, type FormEvent } from 'react';
import { useMutation, useQuery, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CoachVisibility, TenantSettingsFieldsFragment, TenantSettingsInput } from '../../gql/graphql';
import { Problems } from '../../components/Problems';

export const TenantSettingsFields = graphql(`
  fragment TenantSettingsFields on TenantSettings {
    coachVisibility
    coachDelayHours
    repsSeeLeaderboard
    reviewConfidenceBelow
    trainingConsent
    retentionMonths
  }
`);
export const TenantSettingsQuery = graphql(`
  query TenantSettings { tenantSettings { ...TenantSettingsFields } }
`);
export const UpdateTenantSettings = graphql(`
  mutation UpdateTenantSettings($input: TenantSettingsInput!) { updateTenantSettings(input: $input) { ...TenantSettingsFields } }
`);
export const RunRetention = graphql(`
  mutation RunRetention { runRetention }
`);

const VISIBILITIES: CoachVisibility[] = ['AFTER_REP_SEEN', 'AFTER_DELAY', 'IMMEDIATE'];

interface Form {
  coachVisibility: CoachVisibility;
  coachDelayHours: string;
  repsSeeLeaderboard: boolean;
  reviewConfidenceBelow: string;
  trainingConsent: boolean;
  retentionMonths: string;
}
type Field = 'coachDelayHours' | 'reviewConfidenceBelow' | 'retentionMonths';

const formOf = (settings: TenantSettingsFieldsFragment): Form => ({
  coachVisibility: settings.coachVisibility,
  coachDelayHours: String(settings.coachDelayHours),
  repsSeeLeaderboard: settings.repsSeeLeaderboard,
  reviewConfidenceBelow: String(settings.reviewConfidenceBelow),
  trainingConsent: settings.trainingConsent,
  retentionMonths: settings.retentionMonths == null ? '' : String(settings.retentionMonths),
});

const wholeIn = (text: string, min: number, max: number) => /^\d+$/.test(text.trim()) && Number(text) >= min && Number(text) <= max;

/** The fields out of range (the contract's ranges; the services check them too). */
export function settingsProblems(form: Form): Field[] {
  const problems: Field[] = [];
  if (!wholeIn(form.coachDelayHours, 1, 720)) problems.push('coachDelayHours');
  const below = Number(form.reviewConfidenceBelow);
  if (!form.reviewConfidenceBelow.trim() || Number.isNaN(below) || below < 0 || below > 1) problems.push('reviewConfidenceBelow');
  if (form.retentionMonths.trim() && !wholeIn(form.retentionMonths, 1, 120)) problems.push('retentionMonths');
  return problems;
}

/** The input for updateTenantSettings: every setting; an empty retention clears it (keep encounters). */
export function inputOf(form: Form): TenantSettingsInput {
  const retention = form.retentionMonths.trim();
  return {
    coachVisibility: form.coachVisibility,
    coachDelayHours: Number(form.coachDelayHours),
    repsSeeLeaderboard: form.repsSeeLeaderboard,
    reviewConfidenceBelow: Number(form.reviewConfidenceBelow),
    trainingConsent: form.trainingConsent,
    ...(retention ? { retentionMonths: Number(retention) } : { clearRetention: true }),
  };
}

export function SettingsForm({ initial, onSubmit }: {
  initial: TenantSettingsFieldsFragment;
  onSubmit: (input: TenantSettingsInput) => Promise<{ error?: CombinedError }>;
}) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState<Form>(() => formOf(initial));
  const [problems, setProblems] = useState<Field[]>([]);
  const [error, setError] = useState<CombinedError | undefined>();
  const [saving, setSaving] = useState(false);
  const [saved, setSaved] = useState(false);
  const change = (patch: Partial<Form>) => {
    setForm((current) => ({ ...current, ...patch }));
    setSaved(false);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = settingsProblems(form);
    setProblems(found);
    if (found.length) return;
    setSaving(true);
    const answer = await onSubmit(inputOf(form));
    setSaving(false);
    setError(answer.error);
    setSaved(!answer.error);
  }

  const invalid = (field: Field) => problems.includes(field);
  const messages: Record<Field, string> = {
    coachDelayHours: t('admin.settings.delayInvalid'),
    reviewConfidenceBelow: t('admin.settings.reviewInvalid'),
    retentionMonths: t('admin.settings.retentionInvalid'),
  };
  const number = (field: Field, label: string, props: { min: number; max: number; step: number }) => (
    <label>
      {label}
      <input
        type="number"
        name={field}
        inputMode={props.step < 1 ? 'decimal' : 'numeric'}
        {...props}
        value={form[field]}
        aria-invalid={invalid(field) ? true : undefined}
        aria-describedby={invalid(field) ? `${id}-${field}` : undefined}
        onChange={(event) => change({ [field]: event.target.value })}
      />
      {invalid(field) && <span id={`${id}-${field}`} className="problem">{messages[field]}</span>}
    </label>
  );

  return (
    <form className="settings" onSubmit={(event) => void submit(event)} noValidate aria-label={t('admin.settings.title')}>
      <fieldset className="choices" aria-describedby={`${id}-visibility`}>
        <legend>{t('admin.settings.visibility')}</legend>
        {VISIBILITIES.map((value) => (
          <label key={value}>
            <input type="radio" name="coachVisibility" value={value} checked={form.coachVisibility === value} onChange={() => change({ coachVisibility: value })} />
            {t(`enum.CoachVisibility.${value}`)}
          </label>
        ))}
        <small id={`${id}-visibility`}>{t('admin.settings.visibilityHint')}</small>
      </fieldset>
      {number('coachDelayHours', t('admin.settings.delayHours'), { min: 1, max: 720, step: 1 })}
      <label className="check">
        <input type="checkbox" name="repsSeeLeaderboard" checked={form.repsSeeLeaderboard} onChange={(event) => change({ repsSeeLeaderboard: event.target.checked })} />
        {t('admin.settings.repsSeeLeaderboard')}
      </label>
      {number('reviewConfidenceBelow', t('admin.settings.reviewBelow'), { min: 0, max: 1, step: 0.05 })}
      <label className="check">
        <input type="checkbox" name="trainingConsent" checked={form.trainingConsent} onChange={(event) => change({ trainingConsent: event.target.checked })} />
        {t('admin.settings.trainingConsent')}
      </label>
      {number('retentionMonths', t('admin.settings.retention'), { min: 1, max: 120, step: 1 })}
      {problems.length > 0 && <p className="problem" role="alert">{t('admin.settings.fix')}</p>}
      <Problems error={error} />
      {saved && <p role="status">{t('admin.settings.saved')}</p>}
      <button type="submit" disabled={saving}>{t('admin.settings.save')}</button>
    </form>
  );
}

/** The tenant's settings (scoring's and journal's retention, as one form) and "apply the retention now". */
export function Settings() {
  const { t } = useTranslation();
  const [{ data, error, fetching }] = useQuery({ query: TenantSettingsQuery, requestPolicy: 'network-only' });
  const [, update] = useMutation(UpdateTenantSettings);
  const [retention, runRetention] = useMutation(RunRetention);
  const settings = data?.tenantSettings;
  return (
    <>
      <h1>{t('admin.settings.title')}</h1>
      <Problems error={error} />
      {fetching && !settings && <p role="status">{t('app.loading')}</p>}
      {settings && <SettingsForm initial={settings} onSubmit={(input) => update({ input })} />}
      {settings && (
        <section aria-labelledby="retention-heading">
          <h2 id="retention-heading">{t('admin.settings.retentionTitle')}</h2>
          {settings.retentionMonths == null ? (
            <p>{t('admin.settings.retentionOff')}</p>
          ) : (
            <button type="button" className="secondary" disabled={retention.fetching} onClick={() => void runRetention({})}>
              {t('admin.settings.runRetention')}
            </button>
          )}
          <Problems error={retention.error} />
          {retention.data && <p role="status">{t('admin.settings.retentionDone', { count: retention.data.runRetention })}</p>}
        </section>
      )}
    </>
  );
}
