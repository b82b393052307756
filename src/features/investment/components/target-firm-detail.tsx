import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { TargetFirmDetail as TargetFirm } from '@server/contract/investment';
import { QueryResult } from '@/components/feedback/query-result';
import { ChainTags } from '@/components/links/chain-tags';
import { LinkTags } from '@/components/links/link-tags';
import { useTargetFirm } from '@/features/investment/api/get-target-firm';
import { TargetFirmActions } from '@/features/investment/components/edit/target-firm-actions';
import { useFormatters } from '@/hooks/use-formatters';

const route = getRouteApi('/investment/target-firms/$targetFirmId');

export function TargetFirmDetail() {
  const { targetFirmId } = route.useParams();
  const firm = useTargetFirm(targetFirmId);
  return <QueryResult query={firm}>{(data) => <TargetFirmPage firm={data} />}</QueryResult>;
}

function TargetFirmPage({ firm }: { firm: TargetFirm }) {
  const { t } = useTranslation(['investment', 'translation']);
  const format = useFormatters();
  const chinese = format.language.startsWith('zh');
  const otherName = chinese ? firm.nameEn : firm.nameEn ? firm.name : null;
  const notRecorded = t('common.notRecorded', { ns: 'translation' });

  return (
    <div className="page">
      <p>
        <Link to="/investment/target-firms">{t('investment.targetFirms.backToList')}</Link>
      </p>
      <h1 className="page__title">{format.name(firm)}</h1>
      {otherName && (
        <p className="page__summary" lang={chinese ? 'en' : 'zh-CN'}>
          {otherName}
        </p>
      )}
      {firm.withdrawnAt && (
        <p role="status" className="form-notice">
          {t('investment.targetFirms.edit.withdrawnNotice', {
            date: format.date(firm.withdrawnAt.slice(0, 10)),
          })}
        </p>
      )}
      <TargetFirmActions firm={firm} />
      <section className="panel" aria-labelledby="target-firm-facts">
        <h2 id="target-firm-facts">{t('investment.targetFirms.facts.title')}</h2>
        <dl className="detail-list">
          <dt>{t('investment.targetFirms.facts.creditCode')}</dt>
          <dd>{firm.creditCode ?? notRecorded}</dd>
          <dt>{t('investment.targetFirms.facts.hq')}</dt>
          <dd>
            {t('investment.targetFirms.hq', { province: firm.hqProvince, city: firm.hqCity })}
          </dd>
          <dt>{t('investment.targetFirms.facts.products')}</dt>
          <dd>{firm.products}</dd>
          <dt>{t('investment.targetFirms.facts.size')}</dt>
          <dd>{t(`targetFirmSize.${firm.size}`, { ns: 'translation' })}</dd>
          <dt>{t('investment.targetFirms.facts.source')}</dt>
          <dd>{t(`targetFirmSource.${firm.source}`, { ns: 'translation' })}</dd>
          <dt>{t('investment.targetFirms.facts.chains')}</dt>
          <dd>
            <ChainTags chains={firm.chains} />
          </dd>
          <dt>{t('investment.targetFirms.facts.links')}</dt>
          <dd>
            <LinkTags links={firm.links} none={t('investment.targetFirms.noLinks')} />
          </dd>
          <dt>{t('investment.targetFirms.facts.leads')}</dt>
          <dd>{t('investment.targetFirms.facts.leadsCount', { count: firm.leads })}</dd>
          <dt>{t('investment.targetFirms.facts.updated')}</dt>
          <dd>
            {firm.updatedBy
              ? t('investment.targetFirms.facts.updatedBy', {
                  date: format.dateTime(firm.updatedAt),
                  name: firm.updatedByName ?? firm.updatedBy,
                })
              : format.dateTime(firm.updatedAt)}
          </dd>
        </dl>
      </section>
    </div>
  );
}
