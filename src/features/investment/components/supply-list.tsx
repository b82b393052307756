import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChainInvestment, SupplyItem } from '@server/contract/investment';
import { QueryResult } from '@/components/feedback/query-result';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { DialogLoading } from '@/components/editing/dialog-loading';
import { EditLauncher } from '@/components/editing/edit-button';
import { LinkStrengthText } from '@/components/links/link-tags';
import { useChainInvestment } from '@/features/investment/api/get-chain-investment';
import { useWithdrawSupplyItem } from '@/features/investment/api/withdraw-supply-item';
import { useFormatters } from '@/hooks/use-formatters';
import { useCanEditChain } from '@/lib/auth';
import '@/features/investment/supply-list.css';
import { DataText } from '@/components/vocabulary/data-text';

const SupplyItemDialog = lazy(() =>
  import('@/features/investment/components/edit/supply-item-dialog').then((m) => ({
    default: m.SupplyItemDialog,
  })),
);

/** Below this 本地配套率 an item is bought mostly from outside: a chance to fill (补链) the chain. */
export const lowLocalSharePercent = 30;

/**
 * 链主供需清单 on the chain page: what the chain leader buys, by link, and how much of it is made
 * locally. Items mostly bought from outside are marked as 补链 opportunities.
 */
export function SupplyList({ chainId }: { chainId: number }) {
  const { t } = useTranslation('investment');
  const investment = useChainInvestment(chainId);
  return (
    <section className="panel chain-section supply-list" aria-labelledby="supply-list-title">
      <h2 id="supply-list-title">{t('investment.supplyList.title')}</h2>
      <QueryResult query={investment}>
        {(data) => <SupplyListBody chainId={chainId} investment={data} />}
      </QueryResult>
    </section>
  );
}

function SupplyListBody({ chainId, investment }: { chainId: number; investment: ChainInvestment }) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const mayEdit = useCanEditChain(chainId);
  const links = investment.segments.flatMap((segment) => segment.links);
  const order = new Map(links.map((link, index) => [link.id, index]));
  // By link in the map's order (upstream first); within a link, the largest purchase first.
  const items = investment.supplyItems.toSorted(
    (a, b) =>
      (order.get(a.link.id) ?? 0) - (order.get(b.link.id) ?? 0) ||
      b.annualPurchaseYi - a.annualPurchaseYi,
  );

  return (
    <>
      <p className="chain-section__intro">
        {t('investment.supplyList.intro', { limit: lowLocalSharePercent })}
      </p>
      <p>
        {investment.leaderFirm ? (
          <>
            {t('investment.supplyList.leader')}
            <strong>
              <DataText>{format.name(investment.leaderFirm)}</DataText>
            </strong>
          </>
        ) : (
          t('investment.supplyList.noLeader')
        )}
      </p>
      {mayEdit && (
        <div className="list-actions">
          <EditLauncher label={t('investment.supplyList.edit.add')}>
            {(close) => (
              <Suspense fallback={<DialogLoading />}>
                <SupplyItemDialog chainId={chainId} links={links} onClose={close} />
              </Suspense>
            )}
          </EditLauncher>
        </div>
      )}
      {items.length === 0 ? (
        <p className="empty-state">{t('investment.supplyList.empty')}</p>
      ) : (
        <div className="supply-list__scroll">
          <table className="data-table supply-list__table">
            <caption className="visually-hidden">{t('investment.supplyList.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('investment.supplyList.columns.item')}</th>
                <th scope="col">{t('investment.supplyList.columns.link')}</th>
                <th scope="col" className="numeric">
                  {t('investment.supplyList.columns.purchase')}
                </th>
                <th scope="col">{t('investment.supplyList.columns.localShare')}</th>
                <th scope="col">{t('investment.supplyList.columns.outside')}</th>
                {mayEdit && <th scope="col">{t('investment.supplyList.columns.actions')}</th>}
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <SupplyRow
                  key={item.id}
                  chainId={chainId}
                  item={item}
                  links={links}
                  mayEdit={mayEdit}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}

interface SupplyRowProps {
  chainId: number;
  item: SupplyItem;
  links: ChainInvestment['segments'][number]['links'];
  mayEdit: boolean;
}

function SupplyRow({ chainId, item, links, mayEdit }: SupplyRowProps) {
  const { t } = useTranslation('investment');
  const format = useFormatters();
  const withdraw = useWithdrawSupplyItem(chainId, item.id);
  const name = format.name({ name: item.item, nameEn: item.itemEn });
  const low = item.localSharePercent < lowLocalSharePercent;
  return (
    <tr className={low ? 'supply-list__row--low' : undefined}>
      <th scope="row">
        <DataText>{name}</DataText>
        {low && (
          <span className="supply-list__opportunity">{t('investment.supplyList.opportunity')}</span>
        )}
      </th>
      <td>
        <DataText>{format.name(item.link)}</DataText>{' '}
        <LinkStrengthText strength={item.link.strength} />
      </td>
      <td className="numeric">{format.yi(item.annualPurchaseYi)}</td>
      <td>
        <span className="supply-list__share">
          <span className="numeric">
            {t('investment.supplyList.localShare', { value: item.localSharePercent })}
          </span>
          {/* The bar repeats the number for the eye; the number is what is read out. */}
          <span className="supply-list__bar" aria-hidden="true">
            <span
              className="supply-list__bar-fill"
              style={{ width: `${item.localSharePercent}%` }}
            />
          </span>
        </span>
      </td>
      <td>
        {item.outsideSuppliers ? (
          <DataText>{item.outsideSuppliers}</DataText>
        ) : (
          t('common.none', { ns: 'translation' })
        )}
      </td>
      {mayEdit && (
        <td>
          <div className="supply-list__actions">
            <EditLauncher
              label={t('investment.supplyList.edit.editLabel', { item: name })}
              shortLabel={t('investment.supplyList.edit.edit')}
            >
              {(close) => (
                <Suspense fallback={<DialogLoading />}>
                  <SupplyItemDialog chainId={chainId} links={links} item={item} onClose={close} />
                </Suspense>
              )}
            </EditLauncher>
            <ConfirmAction
              label={t('investment.supplyList.edit.withdrawLabel', { item: name })}
              shortLabel={t('investment.supplyList.edit.withdraw')}
              question={t('investment.supplyList.edit.withdrawQuestion', { item: name })}
              confirmLabel={t('investment.supplyList.edit.withdraw')}
              action={() => withdraw.mutateAsync(item.version)}
            />
          </div>
        </td>
      )}
    </tr>
  );
}
