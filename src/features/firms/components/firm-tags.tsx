import { useTranslation } from 'react-i18next';
import type { FirmTag } from '@server/contract/domain';

/** A firm's badges (链主, 小巨人…) as a list of words. */
export function FirmTags({ tags }: { tags: readonly FirmTag[] }) {
  const { t } = useTranslation();
  if (tags.length === 0) return <>{t('common.none')}</>;
  return (
    <ul className="tags">
      {tags.map((tag) => (
        <li key={tag} className="tag">
          {t(`firmTag.${tag}`)}
        </li>
      ))}
    </ul>
  );
}
