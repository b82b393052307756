import { useTranslation } from 'react-i18next';
import type { FirmCreate, FirmDetail, FirmRecord } from '@server/contract/firms';
import { firmCreateSchema, firmRecordSchema, firmUpdateSchema } from '@server/contract/firms';
import * as domain from '@server/contract/domain';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useCreateFirm } from '@/features/firms/api/create-firm';
import { useUpdateFirm } from '@/features/firms/api/update-firm';
import { useFormatters } from '@/hooks/use-formatters';
import { useChainOptions, useParkOptions } from '@/hooks/use-filter-options';
import { canEditChain, useSession } from '@/lib/auth';

/** The form's values of a firm as a write (or a 409) answers it. */
const fromRecord = (record: FirmRecord) => ({
  name: record.name,
  nameEn: record.nameEn,
  creditCode: record.creditCode,
  parkId: record.parkId,
  chainIds: record.chainIds,
  revenueBand: record.revenueBand,
  revenueYi: record.revenueYi,
  tags: record.tags,
  foundedYear: record.foundedYear,
  employees: record.employees,
  version: record.version,
});

/** The form's values of a firm as its page shows it. */
const fromDetail = (firm: FirmDetail) => ({
  name: firm.name,
  nameEn: firm.nameEn,
  creditCode: firm.creditCode,
  parkId: firm.park?.id ?? null,
  chainIds: firm.chains.map((chain) => chain.id),
  revenueBand: firm.revenueBand,
  revenueYi: firm.revenueYi,
  tags: firm.tags,
  foundedYear: firm.foundedYear,
  employees: firm.employees,
  version: firm.version,
});

/**
 * 新增企业 / 编辑企业: every field the firm page shows, its park and its chains. An editor is
 * offered their own chains (plus those the firm is in already): the server refuses any other.
 */
export function FirmDialog({ firm, onClose }: { firm?: FirmDetail; onClose: () => void }) {
  const { t } = useTranslation(['firms', 'translation']);
  const format = useFormatters();
  const user = useSession();
  const parks = useParkOptions();
  const chains = useChainOptions();
  const create = useCreateFirm();
  const update = useUpdateFirm(firm?.id ?? 0);
  if (!parks.data || !chains.data) return null;
  const current = new Set(firm?.chains.map((chain) => chain.id) ?? []);
  const chainOptions = chains.data.items
    .filter((chain) => canEditChain(user, chain.id) || current.has(chain.id))
    .map((chain) => ({ value: chain.id, label: format.name(chain) }));
  const fields: FieldsOf<FirmCreate>[] = [
    { name: 'name', label: t('firms.edit.name'), kind: 'text' },
    { name: 'nameEn', label: t('firms.edit.nameEn'), kind: 'text', nullable: true },
    {
      name: 'creditCode',
      label: t('firms.edit.creditCode'),
      kind: 'text',
      nullable: true,
      hint: t('firms.edit.creditCodeHint'),
    },
    {
      name: 'parkId',
      label: t('firms.edit.park'),
      kind: 'select',
      nullable: true,
      options: parks.data.items.map((park) => ({ value: park.id, label: format.name(park) })),
    },
    { name: 'chainIds', label: t('firms.edit.chains'), kind: 'checkboxes', options: chainOptions },
    {
      name: 'revenueBand',
      label: t('firms.edit.band'),
      kind: 'select',
      options: domain.revenueBands.map((value) => ({
        value,
        label: t(`revenueBand.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'revenueYi', label: t('firms.edit.revenueYi'), kind: 'number', nullable: true },
    {
      name: 'tags',
      label: t('firms.edit.tags'),
      kind: 'checkboxes',
      options: domain.firmTags.map((value) => ({
        value,
        label: t(`firmTag.${value}`, { ns: 'translation' }),
      })),
    },
    { name: 'foundedYear', label: t('firms.edit.founded'), kind: 'number', nullable: true },
    { name: 'employees', label: t('firms.edit.employees'), kind: 'number', nullable: true },
  ];
  const title = firm ? t('firms.edit.edit') : t('firms.edit.add');
  if (firm) {
    return (
      <EditFormDialog
        title={title}
        schema={firmUpdateSchema}
        fields={fields}
        initialValues={fromDetail(firm)}
        fromRecord={{ schema: firmRecordSchema, toValues: fromRecord }}
        submit={update.mutateAsync}
        onClose={onClose}
      />
    );
  }
  return (
    <EditFormDialog
      title={title}
      schema={firmCreateSchema}
      fields={fields}
      initialValues={{
        name: '',
        nameEn: null,
        creditCode: null,
        parkId: null,
        // An editor of one chain starts with it ticked: a firm must be in one of theirs.
        chainIds: user.role === 'editor' && user.chainIds.length === 1 ? user.chainIds : [],
        revenueBand: 'under_100m',
        revenueYi: null,
        tags: [],
        foundedYear: null,
        employees: null,
      }}
      submit={create.mutateAsync}
      onClose={onClose}
    />
  );
}
