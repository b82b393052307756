import { useTranslation } from 'react-i18next';
import type { LinkStrength } from '@server/contract/domain';
import { ConfirmAction } from '@/components/editing/confirm-action';
import { useChain } from '@/features/chains/api/get-chain';
import { useUpdateChainLink } from '@/features/chains/api/update-chain-link';

interface ConfirmLinkStrengthProps {
  chainId: number;
  linkId: number;
  linkName: string;
  strength: LinkStrength;
}

/**
 * 确认上调 on the investment map: the suggested strength saved through the chain map's own link
 * edit (the chains feature's), which replaces the link's note and firms too — so they are sent
 * as the chain page has them, on the version it has.
 */
export function ConfirmLinkStrength({
  chainId,
  linkId,
  linkName,
  strength,
}: ConfirmLinkStrengthProps) {
  const { t } = useTranslation('investment');
  const chain = useChain(chainId);
  const mutation = useUpdateChainLink(chainId, linkId);
  const link = chain.data?.chainMap
    .flatMap((segment) => segment.links)
    .find((candidate) => candidate.id === linkId);
  if (!link) return null;
  const strengthText = t(`linkStrength.${strength}`);
  return (
    <ConfirmAction
      label={`${t('investment.map.confirmSuggest')}：${linkName}`}
      shortLabel={t('investment.map.confirmSuggest')}
      question={t('investment.map.confirmQuestion', { link: linkName, strength: strengthText })}
      confirmLabel={t('investment.map.confirmSuggest')}
      action={() =>
        mutation.mutateAsync({
          strength,
          note: link.note,
          firmIds: link.firms.map((firm) => firm.id),
          version: link.version,
        })
      }
    />
  );
}
