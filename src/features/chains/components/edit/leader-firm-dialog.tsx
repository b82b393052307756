import { useRef } from 'react';
import type { ChainDetail } from '@server/contract/chains';
import type { FirmListItem } from '@server/contract/firms';
import { leaderFirmBodySchema, leaderFirmRecordSchema } from '@server/contract/writes';
import type { CloseDialog } from '@/components/editing/edit-button';
import { EditFormDialog } from '@/components/editing/edit-form-dialog';
import { useSaveLeaderFirm } from '@/features/chains/api/save-leader-firm';
import { useEditOptions } from '@/features/chains/components/edit/use-edit-options';
import { useFirmSearch } from '@/hooks/use-firm-search';

export function LeaderFirmDialog({ chain, onClose }: { chain: ChainDetail; onClose: CloseDialog }) {
  const { t, format } = useEditOptions();
  const leader = chain.fiveOnes.leader_firm.leaderFirm;
  // Firms the search has shown, so the page can show the one picked before the save is through.
  const seenFirms = useRef(new Map<number, FirmListItem>());
  const mutation = useSaveLeaderFirm(chain.id, (id) => seenFirms.current.get(id));
  const search = useFirmSearch({
    chainId: chain.id,
    onFound: (firm) => seenFirms.current.set(firm.id, firm),
  });
  return (
    <EditFormDialog
      title={t('editing.actions.leaderFirm')}
      schema={leaderFirmBodySchema}
      fields={[
        {
          name: 'firmId',
          label: t('editing.fields.firmId'),
          kind: 'search-select',
          // The current leader firm is named even before any search, and in a conflict.
          options: leader ? [{ value: leader.firm.id, label: format.name(leader.firm) }] : [],
          search,
        },
        { name: 'reason', label: t('editing.fields.reason'), kind: 'textarea' },
        {
          name: 'designatedOn',
          label: t('editing.fields.designatedOn'),
          kind: 'date',
          nullable: true,
        },
      ]}
      initialValues={{
        // No leader firm yet: nothing is chosen, and the schema says so if none is picked.
        firmId: leader?.firm.id ?? Number.NaN,
        reason: leader?.reason ?? '',
        designatedOn: leader?.designatedOn ?? null,
        version: leader?.version ?? null,
      }}
      fromRecord={{
        schema: leaderFirmRecordSchema,
        toValues: ({ firmId, reason, designatedOn, version }) => ({
          firmId,
          reason,
          designatedOn,
          version,
        }),
      }}
      submit={mutation.mutateAsync}
      onClose={onClose}
    />
  );
}
