import { useTranslation } from 'react-i18next';
import { leadPipelineStages } from '@server/contract/domain';
import type { LeadDetail } from '@server/contract/investment';
import { leadStageDateFields } from '@server/contract/investment-writes';
import { useFormatters } from '@/hooks/use-formatters';

/**
 * The lead's stages as a stepper, 线索 → 接洽 → 考察 → 洽谈 → 签约, each with its date or 未到达;
 * a dropped lead ends with 终止, its date and reason. The current step is marked for screen
 * readers too (`aria-current`).
 */
export function LeadTimeline({ lead }: { lead: LeadDetail }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  return (
    <section className="panel" aria-labelledby="lead-timeline-title">
      <h2 id="lead-timeline-title">{t('investment.leads.timeline.title')}</h2>
      <ol className="lead-timeline">
        {leadPipelineStages.map((stage) => {
          const day = lead[leadStageDateFields[stage]];
          const current = lead.stage === stage;
          return (
            <li
              key={stage}
              className={`lead-timeline__step${day ? ' lead-timeline__step--done' : ''}`}
              aria-current={current ? 'step' : undefined}
            >
              <span className="lead-timeline__stage">{t(`leadStage.${stage}`)}</span>
              <span className="lead-timeline__date">
                {day ? format.date(day) : t('investment.leads.timeline.notReached')}
              </span>
            </li>
          );
        })}
        {lead.stage === 'dropped' && (
          <li className="lead-timeline__step lead-timeline__step--dropped" aria-current="step">
            <span className="lead-timeline__stage">{t('leadStage.dropped')}</span>
            <span className="lead-timeline__date">
              {lead.droppedOn
                ? t('investment.leads.timeline.dropped', { date: format.date(lead.droppedOn) })
                : t('investment.leads.timeline.notReached')}
            </span>
            {lead.dropReason && (
              <span className="lead-timeline__reason">
                {t('investment.leads.timeline.dropReason', { reason: lead.dropReason })}
              </span>
            )}
          </li>
        )}
      </ol>
    </section>
  );
}
