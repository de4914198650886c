import type { CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { problemsOf, type ErrorCode } from '../api/errors';

/**
 * Every problem of an answer in the user's language; with data, it says which parts are missing. `messages` gives a
 * screen's own wording for a code where the general one would mislead (a duplicate is no concurrent change).
 */
export function Problems({ error, partial = false, messages = {} }: {
  error?: CombinedError;
  partial?: boolean;
  messages?: Partial<Record<ErrorCode, string>>;
}) {
  const { t } = useTranslation();
  const problems = problemsOf(error);
  if (!problems.length) return null;
  return (
    <div className="problem" role="alert">
      {problems.map((problem) => (
        <p key={problem.code}>
          {messages[problem.code] ?? t(`errors.${problem.code}`, { field: problem.field ?? '' })}
          {partial && problem.paths.length > 0 && (
            <> {t('errors.partial', { parts: [...new Set(problem.paths.map(lastField))].join(', ') })}</>
          )}
        </p>
      ))}
    </div>
  );
}

const lastField = (path: string) => path.split('.').filter((part) => !/^\d+$/.test(part)).pop() ?? path;
