import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { LeadDetail as Lead } from '@server/contract/investment';
import { QueryResult } from '@/components/feedback/query-result';
import { WithdrawRestore } from '@/components/withdrawal/withdraw-restore';
import { useLead } from '@/features/investment/api/get-lead';
import { useRestoreLead } from '@/features/investment/api/restore-lead';
import { useWithdrawLead } from '@/features/investment/api/withdraw-lead';
import { EditLead } from '@/features/investment/components/edit/lead-launchers';
import { LeadStalledLabel, OwnerName } from '@/features/investment/components/lead-labels';
import { LeadHistory } from '@/features/investment/components/lead-history';
import { LeadTimeline } from '@/features/investment/components/lead-timeline';
import { LinkStrengthMark } from '@/features/investment/components/link-strength-mark';
import { useFormatters } from '@/hooks/use-formatters';
import '@/features/investment/investment.css';

const route = getRouteApi('/investment/leads/$leadId');

export function LeadDetail() {
  const { leadId } = route.useParams();
  const lead = useLead(leadId);
  return <QueryResult query={lead}>{(data) => <LeadFacts lead={data} />}</QueryResult>;
}

function LeadFacts({ lead }: { lead: Lead }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const signed = lead.stage === 'signed';
  const withdraw = useWithdrawLead(lead.id, lead.chain.id, signed);
  const restore = useRestoreLead(lead.id, lead.chain.id, signed);
  const none = t('investment.leads.none');
  const name = format.name(lead.targetFirm);

  return (
    <div className="page">
      <p>
        <Link to="/investment/leads">{t('investment.leads.backToList')}</Link>
      </p>
      <div className="page__title-row">
        <h1 className="page__title">{name}</h1>
        <EditLead lead={lead} />
        <WithdrawRestore
          chainId={lead.chain.id}
          what="lead"
          name={name}
          withdrawnAt={lead.withdrawnAt}
          withdraw={() => withdraw.mutateAsync(lead.version)}
          restore={() => restore.mutateAsync(lead.version)}
          restorePending={restore.isPending}
        />
      </div>
      <LeadTimeline lead={lead} />
      <section className="panel" aria-labelledby="lead-facts-title">
        <h2 id="lead-facts-title">{t('investment.leads.facts.title')}</h2>
        <dl className="detail-list">
          <dt>{t('investment.leads.facts.targetFirm')}</dt>
          <dd>{name}</dd>
          <dt>{t('investment.leads.facts.hqCity')}</dt>
          <dd>{lead.targetFirm.hqCity}</dd>
          <dt>{t('investment.leads.facts.chain')}</dt>
          <dd>
            <Link to="/chains/$chainId" params={{ chainId: lead.chain.id }}>
              {format.name(lead.chain)}
            </Link>
          </dd>
          <dt>{t('investment.leads.facts.link')}</dt>
          <dd>
            {format.name(lead.link)} <LinkStrengthMark strength={lead.link.strength} />
          </dd>
          <dt>{t('investment.leads.facts.action')}</dt>
          <dd>{t(`leadAction.${lead.action}`)}</dd>
          <dt>{t('investment.leads.facts.stage')}</dt>
          <dd>{t(`leadStage.${lead.stage}`)}</dd>
          <dt>{t('investment.leads.facts.project')}</dt>
          <dd>
            {lead.project ? (
              <Link to="/projects/$projectId" params={{ projectId: lead.project.id }}>
                {format.name(lead.project)}
              </Link>
            ) : (
              none
            )}
          </dd>
          <dt>{t('investment.leads.facts.owner')}</dt>
          <dd>
            <OwnerName owner={lead.owner} />
          </dd>
          <dt>{t('investment.leads.facts.investment')}</dt>
          <dd>
            {lead.expectedInvestmentYi === null ? none : format.yi(lead.expectedInvestmentYi)}
          </dd>
          <dt>{t('investment.leads.facts.nextStep')}</dt>
          <dd>{lead.nextStep ?? none}</dd>
          <dt>{t('investment.leads.facts.nextStepDue')}</dt>
          <dd>{lead.nextStepDueOn ? format.date(lead.nextStepDueOn) : none}</dd>
          <dt>{t('investment.leads.facts.campaign')}</dt>
          <dd>
            {lead.campaign ? (
              <Link to="/investment/leads" search={{ campaign: lead.campaign.id }}>
                {format.name(lead.campaign)}
              </Link>
            ) : (
              none
            )}
          </dd>
          <dt>{t('investment.leads.facts.stalled')}</dt>
          <dd>
            {lead.stalled ? (
              <>
                <LeadStalledLabel />{' '}
                <span>
                  {t('investment.leads.facts.stalledYes', { days: lead.stalledAfterDays })}
                </span>
              </>
            ) : (
              t('investment.leads.facts.stalledNo')
            )}
          </dd>
          <dt>{t('investment.leads.facts.note')}</dt>
          <dd>{lead.note ?? none}</dd>
          <dt>{t('investment.leads.facts.updated')}</dt>
          <dd>
            {lead.updatedBy
              ? t('investment.leads.facts.updatedBy', {
                  date: format.dateTime(lead.updatedAt),
                  name: lead.updatedByName ?? lead.updatedBy,
                })
              : format.dateTime(lead.updatedAt)}
          </dd>
        </dl>
      </section>
      <LeadHistory leadId={lead.id} />
    </div>
  );
}
