import { Link } from '@tanstack/react-router';
import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import type { LinkStrength } from '@server/contract/domain';
import type { Funnel, InvestmentLink } from '@server/contract/investment';
import { leadStagesInOrder } from '@server/contract/investment-writes';
import { QueryResult } from '@/components/feedback/query-result';
import { useChainInvestment } from '@/features/investment/api/get-chain-investment';
import { AddLead } from '@/features/investment/components/edit/lead-launchers';
import { LeadStalledLabel } from '@/features/investment/components/lead-labels';
import { LinkStrengthMark } from '@/features/investment/components/link-strength-mark';
import { useFormatters } from '@/hooks/use-formatters';
import { useCanEditChain } from '@/lib/auth';
import '@/features/investment/investment.css';
import { DataText, MixedText } from '@/components/vocabulary/data-text';

/** The button that saves a link's suggested strength, given by the app (the chains feature's). */
export type ConfirmStrengthComponent = ComponentType<{
  chainId: number;
  linkId: number;
  linkName: string;
  strength: LinkStrength;
}>;

interface ChainInvestmentMapProps {
  chainId: number;
  ConfirmStrength?: ConfirmStrengthComponent;
}

/**
 * 招商图谱: the chain map seen for 招商 — each weak or missing link with its leads by stage, its
 * leads and target firms and an add-lead button; the strong links after them, in brief.
 */
export function ChainInvestmentMap({ chainId, ConfirmStrength }: ChainInvestmentMapProps) {
  const { t } = useTranslation('investment');
  const investment = useChainInvestment(chainId);
  return (
    <section className="panel" id="investment-map" aria-labelledby="investment-map-title">
      <h2 id="investment-map-title">{t('investment.map.title')}</h2>
      <p className="investment-page__intro">{t('investment.map.intro')}</p>
      <QueryResult query={investment}>
        {(data) => {
          const links = data.segments.flatMap((segment) =>
            segment.links.map((link) => ({
              link,
              segment: segment.name,
              segmentEn: segment.nameEn,
            })),
          );
          const gaps = links.filter(({ link }) => link.strength !== 'strong');
          const strong = links.filter(({ link }) => link.strength === 'strong');
          if (links.length === 0) return <p>{t('investment.map.empty')}</p>;
          return (
            <>
              <FunnelSummary funnel={data.funnel} chainId={chainId} />
              <ul className="investment-map">
                {gaps.map(({ link }) => (
                  <li key={link.id}>
                    <LinkCard chainId={chainId} link={link} ConfirmStrength={ConfirmStrength} />
                  </li>
                ))}
              </ul>
              {strong.length > 0 && (
                <>
                  <h3 className="investment-map__subtitle">{t('investment.map.strongLinks')}</h3>
                  <ul className="investment-map investment-map--secondary">
                    {strong.map(({ link }) => (
                      <li key={link.id}>
                        <LinkCard chainId={chainId} link={link} ConfirmStrength={ConfirmStrength} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </>
          );
        }}
      </QueryResult>
    </section>
  );
}

function FunnelSummary({ funnel, chainId }: { funnel: Funnel; chainId: number }) {
  const { t } = useTranslation('investment');
  return (
    <p className="investment-map__funnel">
      <strong>{t('investment.map.funnel')}</strong>{' '}
      {funnel.stages
        .map((stage) =>
          t('investment.map.funnelItem', {
            stage: t(`leadStage.${stage.stage}`),
            count: stage.reached,
          }),
        )
        .join(' → ')}{' '}
      ·{' '}
      <Link to="/investment/leads" search={{ chain: chainId, stalled: true }}>
        {t('investment.map.stalled', { count: funnel.stalled })}
      </Link>
    </p>
  );
}

function LinkCard({
  chainId,
  link,
  ConfirmStrength,
}: {
  chainId: number;
  link: InvestmentLink;
  ConfirmStrength?: ConfirmStrengthComponent;
}) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const canEdit = useCanEditChain(chainId);
  const name = format.name(link);
  const headingId = `investment-link-${link.id}`;
  const counts = new Map(link.leadsByStage.map((entry) => [entry.stage, entry.count]));
  return (
    <article
      className={`investment-link investment-link--${link.strength}`}
      aria-labelledby={headingId}
    >
      <header className="investment-link__header">
        <h3 id={headingId} className="investment-link__name">
          {name}
        </h3>
        <LinkStrengthMark strength={link.strength} />
      </header>
      {link.suggestedStrength && (
        <p className="investment-link__suggest">
          {t('investment.map.suggest', { strength: t(`linkStrength.${link.suggestedStrength}`) })}
          {canEdit && ConfirmStrength && (
            <>
              {' '}
              <ConfirmStrength
                chainId={chainId}
                linkId={link.id}
                linkName={name}
                strength={link.suggestedStrength}
              />
            </>
          )}
        </p>
      )}
      <dl className="investment-link__stages" aria-label={t('investment.map.leadsByStage')}>
        {leadStagesInOrder.map((stage) => (
          <div key={stage} className="investment-link__stage">
            <dt>{t(`leadStage.${stage}`)}</dt>
            <dd>{format.number(counts.get(stage) ?? 0)}</dd>
          </div>
        ))}
      </dl>
      <p className="investment-link__projects">{t('investment.map.projects', link.projects)}</p>
      <h4 className="investment-link__label">{t('investment.map.leads')}</h4>
      {link.leads.length === 0 ? (
        <p className="investment-link__none">{t('investment.map.noLeads')}</p>
      ) : (
        <ul className="investment-link__leads">
          {link.leads.map((lead) => (
            <li key={lead.id}>
              <Link to="/investment/leads/$leadId" params={{ leadId: lead.id }}>
                <DataText>{format.name(lead.targetFirm)}</DataText>
              </Link>{' '}
              <span className="investment-link__lead-stage">{t(`leadStage.${lead.stage}`)}</span>
              {lead.stalled && (
                <>
                  {' '}
                  <LeadStalledLabel />
                </>
              )}
            </li>
          ))}
        </ul>
      )}
      <h4 className="investment-link__label">{t('investment.map.targetFirms')}</h4>
      <p className="investment-link__firms">
        {link.targetFirms.length === 0 ? (
          t('investment.map.noTargetFirms')
        ) : (
          <MixedText>{format.list(link.targetFirms.map((firm) => format.name(firm)))}</MixedText>
        )}
      </p>
      <AddLead
        chainId={chainId}
        linkId={link.id}
        label={t('investment.leads.addOnLink', { link: name })}
        shortLabel={t('investment.leads.add')}
      />
    </article>
  );
}
