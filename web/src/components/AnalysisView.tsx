import { useTranslation } from 'react-i18next';
import type { AnalysisFieldsFragment } from '../gql/graphql';
import { Highlighted } from './Highlighted';
import { graphql } from '../gql';

/**
 * Stance, score, blame targets, the evidence marked inside the text, and the reframes. With `verdict={false}` only the
 * evidence and reframes: the encounter page shows the reading that counts (which a coach may have corrected) instead.
 */
export function AnalysisView({ analysis, text, verdict = true }: { analysis: AnalysisFieldsFragment; text: string; verdict?: boolean }) {
  const { t } = useTranslation();
  const lang = analysis.language === 'HE' ? 'he' : 'en';
  return (
    <section className="analysis" aria-labelledby="analysis-heading">
      <h2 id="analysis-heading">{t('encounter.analysis')}</h2>
      {verdict && <dl className="facts">
        <div>
          <dt>{t('encounter.stance')}</dt>
          <dd className={`stance ${analysis.stance.toLowerCase()}`}>{t(`enum.Stance.${analysis.stance}`)}</dd>
        </div>
        <div>
          <dt>{t('encounter.score')}</dt>
          <dd>
            <meter min={0} max={100} value={analysis.ownershipScore} aria-label={t('encounter.score')} /> {analysis.ownershipScore}
          </dd>
        </div>
        <div>
          <dt>{t('encounter.blameTargets')}</dt>
          <dd>{analysis.blameTargets.length ? analysis.blameTargets.map((target) => t(`enum.BlameTarget.${target}`)).join(', ') : t('encounter.none')}</dd>
        </div>
        {analysis.confidence != null && (
          <div>
            <dt>{t('encounter.confidence')}</dt>
            <dd>
              {Math.round(analysis.confidence * 100)}%{analysis.confidence < 0.6 && <> — {t('encounter.lowConfidence')}</>}
            </dd>
          </div>
        )}
      </dl>}
      <h3>{t('encounter.evidence')}</h3>
      <Highlighted text={text} evidence={analysis.evidence} lang={lang} />
      {analysis.reframes.length > 0 && (
        <>
          <h3>{t('encounter.reframes')}</h3>
          <ul className="reframes">
            {analysis.reframes.map((reframe, index) => (
              <li key={index} lang={lang} dir="auto">
                <s>{reframe.original}</s> → <strong>{reframe.suggestion}</strong>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

// every screen that shows an analysis asks for the same fields
export const AnalysisFields = graphql(`
  fragment AnalysisFields on Analysis {
    stance
    ownershipScore
    confidence
    blameTargets
    language
    evidence { start end rule stance target text }
    reframes { original suggestion target }
  }
`);
