import { useMemo, useState } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../gql';
import type { BlameTarget, Stance, TeamDashboardQuery, Window } from '../gql/graphql';
import { Problems } from '../components/Problems';
import { LineChart } from '../components/LineChart';
import { WINDOWS } from './Profile';

export const TeamDashboard = graphql(`
  query TeamDashboard($window: Window) {
    me {
      teams {
        id
        name
        leaderboard(window: $window) {
          rep { id displayName }
          entries
          ownershipIndex
          winRate
          stanceMix { stance count }
          blameProfile { target count }
          trend { periodStart ownershipIndex }
        }
        ownershipOutcome(window: $window) { quartile encounters winRate minScore maxScore }
      }
    }
  }
`);

/** The coach's teams: leaderboard, each rep's trend, ownership-vs-outcome quartiles, stance and blame mixes. */
export default function Coach() {
  const { t, i18n } = useTranslation();
  const [window, setWindow] = useState<Window>('LAST_30_DAYS');
  const [{ data, error, fetching }] = useQuery({ query: TeamDashboard, variables: { window } });
  const percent = (value: number | null | undefined) =>
    value == null ? '—' : new Intl.NumberFormat(i18n.language, { style: 'percent', maximumFractionDigits: 0 }).format(value);
  const teams = data?.me.teams ?? [];

  return (
    <>
      <h1>{t('coach.title')}</h1>
      <label className="inline">
        {t('profile.window')}
        <select value={window} onChange={(event) => setWindow(event.target.value as Window)}>
          {WINDOWS.map((value) => (
            <option key={value} value={value}>{t(`enum.Window.${value}`)}</option>
          ))}
        </select>
      </label>
      <Problems error={error} partial={!!data} />
      {fetching && !data && <p role="status">{t('app.loading')}</p>}
      {data && teams.length === 0 && <p>{t('coach.noTeams')}</p>}
      {teams.map((team) => (
        <TeamSection key={team.id} team={team} percent={percent} />
      ))}
    </>
  );
}

type Team = TeamDashboardQuery['me']['teams'][number];

function TeamSection({ team, percent }: { team: Team; percent: (value: number | null | undefined) => string }) {
  const { t, i18n } = useTranslation();
  const board = useMemo(
    () => [...team.leaderboard].sort((a, b) => (b.ownershipIndex ?? -1) - (a.ownershipIndex ?? -1)),
    [team.leaderboard],
  );
  const periods = useMemo(
    () => [...new Set(board.flatMap((rep) => rep.trend.map((point) => point.periodStart)))].sort(),
    [board],
  );
  const dateFormat = new Intl.DateTimeFormat(i18n.language, { month: 'short', day: 'numeric' });
  const labels = useMemo(() => periods.map((period) => dateFormat.format(new Date(period))), [periods, i18n.language]);
  const series = useMemo(
    () =>
      board.map((rep) => ({
        label: rep.rep.displayName ?? rep.rep.id,
        values: periods.map((period) => rep.trend.find((point) => point.periodStart === period)?.ownershipIndex ?? null),
      })),
    [board, periods],
  );
  const stances = sum(board.flatMap((rep) => rep.stanceMix.map((share) => [share.stance, share.count] as [Stance, number])));
  const targets = sum(board.flatMap((rep) => rep.blameProfile.map((share) => [share.target, share.count] as [BlameTarget, number])));
  const headingId = `team-${team.id}`;

  return (
    <section aria-labelledby={headingId} className="team">
      <h2 id={headingId}>{t('coach.team')}: {team.name}</h2>
      <h3>{t('coach.leaderboard')}</h3>
      <table className="leaderboard">
        <thead>
          <tr>
            <th scope="col">#</th>
            <th scope="col">{t('coach.rep')}</th>
            <th scope="col">{t('profile.index')}</th>
            <th scope="col">{t('profile.entries')}</th>
            <th scope="col">{t('profile.winRate')}</th>
          </tr>
        </thead>
        <tbody>
          {board.map((rep, index) => (
            <tr key={rep.rep.id}>
              <td>{index + 1}</td>
              <th scope="row"><Link to={`/reps/${encodeURIComponent(rep.rep.id)}`}>{rep.rep.displayName ?? rep.rep.id}</Link></th>
              <td>{rep.ownershipIndex == null ? '—' : Math.round(rep.ownershipIndex)}</td>
              <td>{rep.entries}</td>
              <td>{percent(rep.winRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      {periods.length > 0 && (
        <>
          <h3>{t('coach.trends')}</h3>
          <LineChart labels={labels} series={series} label={`${t('coach.trends')}: ${team.name}`} rtl={i18n.dir() === 'rtl'} />
        </>
      )}

      <h3>{t('coach.quartiles')}</h3>
      <table>
        <thead>
          <tr>
            <th scope="col">{t('coach.quartile')}</th>
            <th scope="col">{t('coach.range')}</th>
            <th scope="col">{t('profile.entries')}</th>
            <th scope="col">{t('profile.winRate')}</th>
          </tr>
        </thead>
        <tbody>
          {team.ownershipOutcome.map((quartile) => (
            <tr key={quartile.quartile}>
              <th scope="row">Q{quartile.quartile}</th>
              <td>{quartile.minScore == null ? '—' : `${Math.round(quartile.minScore)}–${Math.round(quartile.maxScore ?? quartile.minScore)}`}</td>
              <td>{quartile.encounters}</td>
              <td>{percent(quartile.winRate)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <h3>{t('coach.mixes')}</h3>
      <div className="row">
        <ul className="bars">
          {stances.map(([stance, share]) => (
            <li key={stance}><span className={`stance ${stance.toLowerCase()}`}>{t(`enum.Stance.${stance}`)}</span> <meter min={0} max={1} value={share} aria-label={t(`enum.Stance.${stance}`)} /> {percent(share)}</li>
          ))}
        </ul>
        <ul className="bars">
          {targets.map(([target, share]) => (
            <li key={target}><span>{t(`enum.BlameTarget.${target}`)}</span> <meter min={0} max={1} value={share} aria-label={t(`enum.BlameTarget.${target}`)} /> {percent(share)}</li>
          ))}
        </ul>
      </div>
    </section>
  );
}

/** Counts per key over the team, as shares of the total. */
function sum<K extends string>(pairs: [K, number][]): [K, number][] {
  const totals = new Map<K, number>();
  pairs.forEach(([key, count]) => totals.set(key, (totals.get(key) ?? 0) + count));
  const all = [...totals.values()].reduce((a, b) => a + b, 0) || 1;
  return [...totals.entries()].map(([key, count]) => [key, count / all] as [K, number]).sort((a, b) => b[1] - a[1]);
}
