import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorNotice } from '../../../../components/ErrorNotice';
import { Loading } from '../../../../components/Loading';
import type { JudgingQueueQuery } from '../../../../gql/graphql';
import { paths } from '../../../../lib/paths';
import { JudgingQueueDocument } from '../api/judgingQueue';
import { ScoreStoryDocument } from '../api/scoreStory';

const PAGE = 50;
const SCORES = Array.from({ length: 10 }, (_, i) => i + 1);

type Entry = JudgingQueueQuery['judgingQueue'][number];

/**
 * The judges' half of a JUDGES prize: every public story with the judge's own score. The other
 * judges' scores appear only once this judge has scored the story, so nobody anchors on them.
 */
export function JudgingPanel({ campaignId, closed }: { campaignId: string; closed: boolean }) {
  const { t } = useTranslation();
  const [offset, setOffset] = useState(0);
  const { data, error, refetch } = useQuery(JudgingQueueDocument, { variables: { campaignId, first: PAGE, offset }, fetchPolicy: 'cache-and-network' });
  const entries = data?.judgingQueue;
  return (
    <section className="card stack judging" aria-labelledby="judging-title">
      <h2 id="judging-title" className="section-title">
        {t('finale.console.judgingTitle')}
      </h2>
      <p className="muted">{t('finale.console.judgingHint')}</p>
      {!entries && error && <ErrorNotice error={error} onRetry={() => void refetch()} />}
      {!entries && !error && <Loading lines={4} />}
      {entries && entries.length === 0 && <p className="muted">{t('finale.console.nothingToJudge')}</p>}
      {entries && (
        <ul className="stack stack--tight judging__list">
          {entries.map((entry) => (
            <JudgingRow key={entry.story.id} entry={entry} closed={closed} onScored={() => void refetch()} />
          ))}
        </ul>
      )}
      <div className="cluster">
        {offset > 0 && (
          <button type="button" className="button button--secondary button--small" onClick={() => setOffset(Math.max(0, offset - PAGE))}>
            {t('finale.console.previous')}
          </button>
        )}
        {entries && entries.length === PAGE && (
          <button type="button" className="button button--secondary button--small" onClick={() => setOffset(offset + PAGE)}>
            {t('finale.console.next')}
          </button>
        )}
      </div>
    </section>
  );
}

function JudgingRow({ entry, closed, onScored }: { entry: Entry; closed: boolean; onScored: () => void }) {
  const { t } = useTranslation();
  const [score, setScore] = useState(entry.myScore ? String(entry.myScore.score) : '');
  const [note, setNote] = useState(entry.myScore?.note ?? '');
  const [scoreStory, { loading, error }] = useMutation(ScoreStoryDocument);
  const id = `score-${entry.story.id}`;

  const save = async () => {
    try {
      await scoreStory({ variables: { storyId: entry.story.id, score: Number(score), note: note.trim() || null } });
      onScored();
    } catch {
      // Shown below via `error`.
    }
  };

  return (
    <li className="stack stack--tight judging__row">
      <p>
        <Link to={paths.story(entry.story.id)} className="text-link">
          {entry.story.title}
        </Link>{' '}
        <span className="muted">· {entry.story.author.displayName}</span>
      </p>
      <p className="muted">{t('finale.console.judgeCount', { count: entry.judgeCount })}</p>
      {entry.myScore ? (
        <p>
          {t('finale.console.average', { average: entry.averageScore?.toFixed(1) ?? '—' })}{' '}
          <span className="muted">
            ({entry.scores.map((s) => `${s.judge.displayName}: ${s.score}`).join(' · ')})
          </span>
        </p>
      ) : (
        <p className="muted">{t('finale.console.othersHidden')}</p>
      )}
      {!closed && (
        <div className="cluster judging__controls">
          <label htmlFor={id} className="field__label">
            {t('finale.console.yourScore')}
          </label>
          <select id={id} className="field__control judging__select" value={score} onChange={(event) => setScore(event.target.value)}>
            <option value="">—</option>
            {SCORES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
          <input
            className="field__control judging__note"
            aria-label={t('finale.console.note')}
            placeholder={t('finale.console.note')}
            value={note}
            maxLength={1000}
            onChange={(event) => setNote(event.target.value)}
          />
          <button type="button" className="button button--secondary button--small" disabled={!score || loading} onClick={() => void save()}>
            {entry.myScore ? t('finale.console.updateScore') : t('finale.console.saveScore')}
          </button>
        </div>
      )}
      {!!error && <ErrorNotice error={error} compact />}
    </li>
  );
}
