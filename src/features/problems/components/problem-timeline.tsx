import { useTranslation } from 'react-i18next';
import type { ProblemDetail } from '@server/contract/problems';
import { useFormatters } from '@/hooks/use-formatters';
import { DataText } from '@/components/vocabulary/data-text';

/** Every step the problem took, oldest first: who, when, what, and what they wrote. */
export function ProblemTimeline({ problem }: { problem: ProblemDetail }) {
  const { t } = useTranslation('problems');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="problem-timeline-title">
      <h2 id="problem-timeline-title">{t('problems.timeline.title')}</h2>
      <ol className="problem-timeline">
        {problem.timeline.map((entry) => (
          <li key={`${entry.at}-${entry.step}`}>
            <strong>{t(`problems.timeline.${entry.step}`)}</strong> · {format.dateTime(entry.at)} ·{' '}
            <DataText>{entry.actor}</DataText>
            {entry.department && entry.deadline && (
              <>
                {' '}
                ·{' '}
                {t('problems.timeline.to', {
                  department: format.name(entry.department),
                  deadline: format.date(entry.deadline),
                })}
              </>
            )}
            {entry.satisfied !== null && (
              <>
                {' '}
                ·{' '}
                {entry.satisfied
                  ? t('problems.timeline.satisfied')
                  : t('problems.timeline.notSatisfied')}
              </>
            )}
            {entry.note && (
              <p className="problem-text" lang="zh-CN">
                {entry.note}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
