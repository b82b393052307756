import { useTranslation } from 'react-i18next';
import type { LinkStrength } from '@server/contract/domain';
import { useFormatters } from '@/hooks/use-formatters';
import '@/components/links/link-tags.css';

interface LinkRef {
  id: number;
  name: string;
  nameEn: string | null;
  strength: LinkStrength;
}

const icons: Record<LinkStrength, string> = { strong: '●', weak: '◐', missing: '○' };

/** A link's strength (优势 / 薄弱 / 缺失) as icon and word, coloured as on the chain map. */
export function LinkStrengthText({ strength }: { strength: LinkStrength }) {
  const { t } = useTranslation();
  return (
    <span className={`link-tag__strength link-tag__strength--${strength}`}>
      <span aria-hidden="true">{icons[strength]}</span>
      {t(`linkStrength.${strength}`)}
    </span>
  );
}

/** Links as a row of tags, each with its strength. */
export function LinkTags({ links, none }: { links: readonly LinkRef[]; none?: string }) {
  const { t } = useTranslation();
  const format = useFormatters();
  if (links.length === 0) return <>{none ?? t('common.none')}</>;
  return (
    <ul className="tags">
      {links.map((link) => (
        <li key={link.id} className="tag link-tag">
          {format.name(link)} <LinkStrengthText strength={link.strength} />
        </li>
      ))}
    </ul>
  );
}
