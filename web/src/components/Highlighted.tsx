import { useTranslation } from 'react-i18next';
import { pieces } from '../text/highlight';
import type { BlameTarget, Stance } from '../gql/graphql';

type Span = { start: number; end: number; stance: Stance; target?: BlameTarget | null };

/** The reflection with the analyser's evidence marked in place (a <mark> per span, its stance in its title). */
export function Highlighted({ text, evidence, lang }: { text: string; evidence: readonly Span[]; lang?: string }) {
  const { t } = useTranslation();
  return (
    <p className="reflection" lang={lang} dir="auto">
      {pieces(text, evidence).map((piece, index) =>
        piece.span ? (
          <mark
            key={index}
            className={`evidence ${piece.span.stance.toLowerCase()}`}
            data-start={piece.span.start}
            data-end={piece.span.end}
            title={t(`enum.Stance.${piece.span.stance}`) + (piece.span.target ? ` · ${t(`enum.BlameTarget.${piece.span.target}`)}` : '')}
          >
            {piece.text}
          </mark>
        ) : (
          <span key={index}>{piece.text}</span>
        ),
      )}
    </p>
  );
}
