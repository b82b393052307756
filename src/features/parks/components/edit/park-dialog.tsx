import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { ParkDetail, ParkRecord } from '@server/contract/parks';
import { parkCreateSchema, parkRecordSchema } from '@server/contract/parks';
import { versionSchema } from '@server/contract/common';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import type { FieldsOf } from '@/components/editing/field-spec';
import { useCreatePark } from '@/features/parks/api/create-park';
import { useUpdatePark } from '@/features/parks/api/update-park';
import { useFormatters } from '@/hooks/use-formatters';
import { useChainOptions } from '@/hooks/use-filter-options';
import { canEditChain, useSession } from '@/lib/auth';

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

type ParkForm = z.output<typeof createFormSchema>;

/** The form's values of a park, from its page (`id`) or a write's answer (`chainId`). */
function toValues(
  park: Pick<
    ParkRecord,
    'name' | 'nameEn' | 'district' | 'isSpecialty' | 'areaKm2' | 'occupancyRate' | 'outputYi'
  > & { version: number },
  hosted: { chainId: number; isMain: boolean }[],
) {
  const rate = park.occupancyRate;
  return {
    name: park.name,
    nameEn: park.nameEn,
    district: park.district,
    isSpecialty: park.isSpecialty,
    areaKm2: park.areaKm2,
    occupancyPercent: rate === null ? null : Math.round(rate * 10000) / 100,
    outputYi: park.outputYi,
    chainIds: hosted.map((chain) => chain.chainId),
    mainChainIds: hosted.filter((chain) => chain.isMain).map((chain) => chain.chainId),
    version: park.version,
  };
}

/** The contract's body from the form: the rate from the percentage, the chains from the boxes. */
function toBody<Form extends ParkForm>({
  occupancyPercent,
  chainIds,
  mainChainIds,
  ...rest
}: Form) {
  const main = new Set(mainChainIds);
  return {
    ...rest,
    occupancyRate: occupancyPercent === null ? null : Math.round(occupancyPercent * 100) / 10000,
    chains: chainIds.map((chainId) => ({ chainId, isMain: main.has(chainId) })),
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
  const fields: FieldsOf<z.input<typeof createFormSchema>>[] = [
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
  const title = park ? t('parks.edit.edit') : t('parks.edit.add');
  if (park) {
    return (
      <EditFormDialog
        title={title}
        schema={updateFormSchema}
        fields={fields}
        initialValues={toValues(
          park,
          park.chains.map((chain) => ({ chainId: chain.id, isMain: chain.isMain })),
        )}
        fromRecord={{
          schema: parkRecordSchema,
          toValues: (record) => toValues(record, record.chains),
        }}
        submit={(values) => update.mutateAsync(toBody(values))}
        onClose={onClose}
      />
    );
  }
  return (
    <EditFormDialog
      title={title}
      schema={createFormSchema}
      fields={fields}
      initialValues={{
        name: '',
        nameEn: null,
        district: '',
        isSpecialty: false,
        areaKm2: null,
        occupancyPercent: null,
        outputYi: null,
        chainIds: user.role === 'editor' && user.chainIds.length === 1 ? user.chainIds : [],
        mainChainIds: [],
      }}
      submit={(values) => create.mutateAsync(toBody(values))}
      onClose={onClose}
    />
  );
}
