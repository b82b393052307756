import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ParkDetail } from '@server/contract/parks';
import { parkCreateSchema } from '@server/contract/parks';
import { versionSchema } from '@server/contract/common';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldSpec } from '@/components/editing/field-spec';
import { useCreatePark } from '@/features/parks/api/create-park';
import { useUpdatePark } from '@/features/parks/api/update-park';
import { useFormatters } from '@/hooks/use-formatters';
import { useChainOptions } from '@/hooks/use-filter-options';
import { canEditChain, useSession } from '@/lib/auth';

type Values = Record<string, unknown>;

const percentMessage = 'must be a percentage from 0 to 100';

/**
 * The form edits the occupancy as a percentage and the hosted chains as two sets of boxes
 * (hosted, and main among them); the body is the contract's, built from them on save.
 */
const formShape = {
  ...parkCreateSchema.omit({ chains: true, occupancyRate: true }).shape,
  occupancyPercent: z
    .number({ error: percentMessage })
    .min(0, percentMessage)
    .max(100, percentMessage)
    .nullable(),
  chainIds: z.array(z.number().int()),
  mainChainIds: z.array(z.number().int()),
};
const mainAmongHosted = (values: { chainIds: number[]; mainChainIds: number[] }) =>
  values.mainChainIds.every((id) => values.chainIds.includes(id));
const createFormSchema = z
  .object(formShape)
  .refine(mainAmongHosted, { path: ['mainChainIds'], message: 'must also be hosted' });
const updateFormSchema = z
  .object({ ...formShape, version: versionSchema })
  .refine(mainAmongHosted, { path: ['mainChainIds'], message: 'must also be hosted' });

function toValues(record: Values): Values {
  const hosted =
    (record.chains as { id?: number; chainId?: number; isMain: boolean }[] | undefined) ?? [];
  const idOf = (chain: { id?: number; chainId?: number }) => (chain.chainId ?? chain.id) as number;
  const rate = record.occupancyRate as number | null;
  return {
    name: record.name,
    nameEn: record.nameEn ?? null,
    district: record.district,
    isSpecialty: record.isSpecialty,
    areaKm2: record.areaKm2 ?? null,
    occupancyPercent: rate === null ? null : Math.round(rate * 10000) / 100,
    outputYi: record.outputYi ?? null,
    chainIds: hosted.map(idOf),
    mainChainIds: hosted.filter((chain) => chain.isMain).map(idOf),
    version: record.version,
  };
}

function toBody(values: Values) {
  const { occupancyPercent, chainIds, mainChainIds, ...rest } = values;
  const main = new Set(mainChainIds as number[]);
  return {
    ...rest,
    occupancyRate:
      occupancyPercent === null ? null : Math.round((occupancyPercent as number) * 100) / 10000,
    chains: (chainIds as number[]).map((chainId) => ({ chainId, isMain: main.has(chainId) })),
  };
}

/** 新增园区 / 编辑园区: its figures and the chains it hosts (main ones among them). */
export function ParkDialog({ park, onClose }: { park?: ParkDetail; onClose: () => void }) {
  const { t } = useTranslation('parks');
  const format = useFormatters();
  const user = useSession();
  const chains = useChainOptions();
  const create = useCreatePark();
  const update = useUpdatePark(park?.id ?? 0);
  if (!chains.data) return null;
  const current = new Set(park?.chains.map((chain) => chain.id) ?? []);
  const chainOptions = chains.data.items
    .filter((chain) => canEditChain(user, chain.id) || current.has(chain.id))
    .map((chain) => ({ value: chain.id, label: format.name(chain) }));
  const fields: FieldSpec[] = [
    { name: 'name', label: t('parks.edit.name'), kind: 'text' },
    { name: 'nameEn', label: t('parks.edit.nameEn'), kind: 'text', nullable: true },
    { name: 'district', label: t('parks.edit.district'), kind: 'text' },
    { name: 'isSpecialty', label: t('parks.edit.isSpecialty'), kind: 'checkbox' },
    { name: 'areaKm2', label: t('parks.edit.areaKm2'), kind: 'number', nullable: true },
    {
      name: 'occupancyPercent',
      label: t('parks.edit.occupancyPercent'),
      kind: 'number',
      nullable: true,
    },
    { name: 'outputYi', label: t('parks.edit.outputYi'), kind: 'number', nullable: true },
    {
      name: 'chainIds',
      label: t('parks.edit.chainIds'),
      kind: 'checkboxes',
      options: chainOptions,
    },
    {
      name: 'mainChainIds',
      label: t('parks.edit.mainChainIds'),
      kind: 'checkboxes',
      options: chainOptions,
      hint: t('parks.edit.mainHint'),
    },
  ];
  return (
    <EditFormDialog
      title={park ? t('parks.edit.edit') : t('parks.edit.add')}
      schema={park ? updateFormSchema : createFormSchema}
      fields={fields}
      initialValues={
        park
          ? toValues(park)
          : {
              name: '',
              nameEn: null,
              district: '',
              isSpecialty: false,
              areaKm2: null,
              occupancyPercent: null,
              outputYi: null,
              chainIds: user.role === 'editor' && user.chainIds.length === 1 ? user.chainIds : [],
              mainChainIds: [],
            }
      }
      fromRecord={toValues}
      submit={(values) =>
        park
          ? update.mutateAsync(toBody(values) as Parameters<typeof update.mutateAsync>[0])
          : create.mutateAsync(toBody(values) as Parameters<typeof create.mutateAsync>[0])
      }
      onClose={onClose}
    />
  );
}
