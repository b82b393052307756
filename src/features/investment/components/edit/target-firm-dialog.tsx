import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { targetFirmSizes, targetFirmSources } from '@server/contract/domain';
import type { TargetFirmDetail } from '@server/contract/investment';
import {
  targetFirmBodySchema,
  targetFirmCreateSchema,
  targetFirmRecordSchema,
} from '@server/contract/investment-writes';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import {
  useCreateTargetFirm,
  type TargetFirmCreate,
} from '@/features/investment/api/create-target-firm';
import { getChainInvestmentQueryOptions } from '@/features/investment/api/get-chain-investment';
import { useUpdateTargetFirm } from '@/features/investment/api/update-target-firm';
import { useChainLinks } from '@/hooks/use-chain-links';
import { useChainOptions } from '@/hooks/use-filter-options';
import { useFormatters } from '@/hooks/use-formatters';
import { canEditChain, useSession } from '@/lib/auth';

type Fields = FieldsOf<TargetFirmCreate>[];

const fromDetail = (firm: TargetFirmDetail) => ({
  name: firm.name,
  nameEn: firm.nameEn,
  creditCode: firm.creditCode,
  hqProvince: firm.hqProvince,
  hqCity: firm.hqCity,
  products: firm.products,
  size: firm.size,
  source: firm.source,
  supplyItemId: firm.supplyItemId,
  chainIds: firm.chains.map((chain) => chain.id),
  linkIds: firm.links.map((link) => link.id),
  version: firm.version,
});

/**
 * 新增 / 编辑目标企业. The chains first, then the links of the chains ticked (each with its
 * strength); the supply-list item only when the firm came from the chain leader's supply list.
 */
export function TargetFirmDialog({
  firm,
  onClose,
}: {
  firm?: TargetFirmDetail;
  onClose: () => void;
}) {
  const { t } = useTranslation(['investment', 'translation']);
  const format = useFormatters();
  const user = useSession();
  const chains = useChainOptions();
  const create = useCreateTargetFirm();
  const update = useUpdateTargetFirm(firm?.id ?? 0);
  const current = new Set(firm?.chains.map((chain) => chain.id) ?? []);
  // An editor is offered their chains (and those the firm is in): the server refuses others.
  const pickable = (chains.data?.items ?? []).filter(
    (chain) => canEditChain(user, chain.id) || current.has(chain.id),
  );
  const chainIds = pickable.map((chain) => chain.id);
  const links = useChainLinks(chainIds);
  const supplyItems = useQueries({
    queries: chainIds.map((id) => getChainInvestmentQueryOptions(id)),
    combine: (results) => results.flatMap((result) => result.data?.supplyItems ?? []),
  });
  if (!chains.data || links.pending) return null;

  const linkLabel = (link: (typeof links.links)[number]) =>
    t('investment.targetFirms.edit.link', {
      chain: format.name({ name: link.chainName, nameEn: link.chainNameEn }),
      link: format.name(link),
      strength: t(`linkStrength.${link.strength}`, { ns: 'translation' }),
    });
  const supplyLabel = (item: (typeof supplyItems)[number]) =>
    `${format.name({ name: item.item, nameEn: item.itemEn })} · ${format.name(item.link)}`;

  const build = (chosen: readonly number[] | undefined, source: string | undefined): Fields => {
    const inChosen = (chainId: number) => chosen === undefined || chosen.includes(chainId);
    return [
      { name: 'name', label: t('investment.targetFirms.edit.name'), kind: 'text' },
      {
        name: 'nameEn',
        label: t('investment.targetFirms.edit.nameEn'),
        kind: 'text',
        nullable: true,
      },
      {
        name: 'creditCode',
        label: t('investment.targetFirms.edit.creditCode'),
        kind: 'text',
        nullable: true,
      },
      { name: 'hqProvince', label: t('investment.targetFirms.edit.hqProvince'), kind: 'text' },
      { name: 'hqCity', label: t('investment.targetFirms.edit.hqCity'), kind: 'text' },
      { name: 'products', label: t('investment.targetFirms.edit.products'), kind: 'textarea' },
      {
        name: 'size',
        label: t('investment.targetFirms.edit.size'),
        kind: 'select',
        options: targetFirmSizes.map((value) => ({
          value,
          label: t(`targetFirmSize.${value}`, { ns: 'translation' }),
        })),
      },
      {
        name: 'source',
        label: t('investment.targetFirms.edit.source'),
        kind: 'select',
        options: targetFirmSources.map((value) => ({
          value,
          label: t(`targetFirmSource.${value}`, { ns: 'translation' }),
        })),
      },
      ...(source === undefined || source === 'supply_list'
        ? ([
            {
              name: 'supplyItemId',
              label: t('investment.targetFirms.edit.supplyItem'),
              kind: 'select',
              nullable: true,
              options: supplyItems
                .filter((item) => inChosen(item.chainId))
                .map((item) => ({ value: item.id, label: supplyLabel(item) })),
            },
          ] satisfies Fields)
        : []),
      {
        name: 'chainIds',
        label: t('investment.targetFirms.edit.chains'),
        kind: 'checkboxes',
        options: pickable.map((chain) => ({ value: chain.id, label: format.name(chain) })),
      },
      {
        name: 'linkIds',
        label: t('investment.targetFirms.edit.links'),
        kind: 'checkboxes',
        hint: t('investment.targetFirms.edit.linksHint'),
        options: links.links
          .filter((link) => inChosen(link.chainId))
          .map((link) => ({ value: link.id, label: linkLabel(link) })),
      },
    ];
  };
  // Every choice, for naming them in a conflict.
  const fields = build(undefined, undefined);
  const fieldsFor = (values: Partial<TargetFirmCreate>) =>
    build(values.chainIds ?? [], values.source);

  /** What the form shows is what is sent: links of chains unticked, an item of another source, dropped. */
  const tidy = <Body extends TargetFirmCreate>(body: Body): Body => {
    const chainOf = new Map(links.links.map((link) => [link.id, link.chainId]));
    return {
      ...body,
      linkIds: body.linkIds.filter((id) => body.chainIds.includes(chainOf.get(id) ?? -1)),
      supplyItemId: body.source === 'supply_list' ? body.supplyItemId : null,
    };
  };

  if (firm) {
    return (
      <EditFormDialog
        title={t('investment.targetFirms.edit.edit')}
        schema={targetFirmBodySchema}
        fields={fields}
        fieldsFor={fieldsFor}
        initialValues={fromDetail(firm)}
        fromRecord={{
          schema: targetFirmRecordSchema,
          toValues: (record) => ({
            name: record.name,
            nameEn: record.nameEn,
            creditCode: record.creditCode,
            hqProvince: record.hqProvince,
            hqCity: record.hqCity,
            products: record.products,
            size: record.size,
            source: record.source,
            supplyItemId: record.supplyItemId,
            chainIds: record.chainIds,
            linkIds: record.linkIds,
            version: record.version,
          }),
        }}
        submit={(body) => update.mutateAsync(tidy(body))}
        onClose={onClose}
      />
    );
  }
  return (
    <EditFormDialog
      title={t('investment.targetFirms.edit.add')}
      schema={targetFirmCreateSchema}
      fields={fields}
      fieldsFor={fieldsFor}
      initialValues={{
        name: '',
        nameEn: null,
        creditCode: null,
        hqProvince: '',
        hqCity: '',
        products: '',
        size: 'medium',
        source: 'leader_recommendation',
        supplyItemId: null,
        // An editor of one chain starts with it ticked: the firm must serve one of theirs.
        chainIds: user.role === 'editor' && user.chainIds.length === 1 ? user.chainIds : [],
        linkIds: [],
      }}
      submit={(body) => create.mutateAsync(tidy(body))}
      onClose={onClose}
    />
  );
}
