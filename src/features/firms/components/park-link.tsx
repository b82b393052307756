import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { NamedRef } from '@server/contract/common';
import { useFormatters } from '@/hooks/use-formatters';

/** A firm's park as a link, or "none" in words. */
export function ParkLink({ park }: { park: NamedRef | null }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (!park) return <>{t('common.none')}</>;
  return (
    <Link to="/parks/$parkId" params={{ parkId: park.id }}>
      {format.name(park)}
    </Link>
  );
}
