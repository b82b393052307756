import { useTranslation } from 'react-i18next';
import type { InvestmentLink, SupplyItem } from '@server/contract/investment';
import {
  supplyItemBodySchema,
  supplyItemCreateSchema,
  supplyItemRecordSchema,
} from '@server/contract/investment-writes';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import {
  useCreateSupplyItem,
  type SupplyItemCreate,
} from '@/features/investment/api/create-supply-item';
import { useUpdateSupplyItem } from '@/features/investment/api/update-supply-item';
import { useFormatters } from '@/hooks/use-formatters';

interface SupplyItemDialogProps {
  chainId: number;
  /** The chain's links in map order: the item's link is one of them. */
  links: readonly InvestmentLink[];
  item?: SupplyItem;
  onClose: () => void;
}

/** 新增 / 编辑供需条目: what the leader buys, in which link, how much, how much of it locally. */
export function SupplyItemDialog({ chainId, links, item, onClose }: SupplyItemDialogProps) {
  const { t } = useTranslation(['investment', 'translation']);
  const format = useFormatters();
  const create = useCreateSupplyItem(chainId);
  const update = useUpdateSupplyItem(chainId, item?.id ?? 0);
  const fields: FieldsOf<Omit<SupplyItemCreate, 'chainId'>>[] = [
    {
      name: 'linkId',
      label: t('investment.supplyList.edit.link'),
      kind: 'select',
      options: links.map((link) => ({
        value: link.id,
        label: t('investment.supplyList.edit.linkOption', {
          link: format.name(link),
          strength: t(`linkStrength.${link.strength}`, { ns: 'translation' }),
        }),
      })),
    },
    { name: 'item', label: t('investment.supplyList.edit.item'), kind: 'text' },
    { name: 'itemEn', label: t('investment.supplyList.edit.itemEn'), kind: 'text', nullable: true },
    {
      name: 'annualPurchaseYi',
      label: t('investment.supplyList.edit.annualPurchaseYi'),
      kind: 'number',
    },
    {
      name: 'localSharePercent',
      label: t('investment.supplyList.edit.localSharePercent'),
      kind: 'number',
    },
    {
      name: 'outsideSuppliers',
      label: t('investment.supplyList.edit.outsideSuppliers'),
      kind: 'textarea',
      nullable: true,
    },
  ];
  if (item) {
    return (
      <EditFormDialog
        title={t('investment.supplyList.edit.editTitle')}
        schema={supplyItemBodySchema}
        fields={fields}
        initialValues={{
          linkId: item.link.id,
          item: item.item,
          itemEn: item.itemEn,
          annualPurchaseYi: item.annualPurchaseYi,
          localSharePercent: item.localSharePercent,
          outsideSuppliers: item.outsideSuppliers,
          version: item.version,
        }}
        fromRecord={{
          schema: supplyItemRecordSchema,
          toValues: (record) => ({
            linkId: record.linkId,
            item: record.item,
            itemEn: record.itemEn,
            annualPurchaseYi: record.annualPurchaseYi,
            localSharePercent: record.localSharePercent,
            outsideSuppliers: record.outsideSuppliers,
            version: record.version,
          }),
        }}
        submit={update.mutateAsync}
        onClose={onClose}
      />
    );
  }
  return (
    <EditFormDialog
      title={t('investment.supplyList.edit.add')}
      schema={supplyItemCreateSchema}
      fields={fields}
      initialValues={{
        chainId,
        // A select always shows a choice: the map's first link, until the editor picks.
        linkId: links[0]?.id ?? Number.NaN,
        item: '',
        itemEn: null,
        annualPurchaseYi: Number.NaN,
        localSharePercent: Number.NaN,
        outsideSuppliers: null,
      }}
      submit={create.mutateAsync}
      onClose={onClose}
    />
  );
}
