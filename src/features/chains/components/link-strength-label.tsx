import { useTranslation } from 'react-i18next';
import type { LinkStrength } from '@server/contract/domain';

const icons: Record<LinkStrength, string> = {
  strong: '●',
  weak: '◐',
  missing: '○',
};

/** 优势 / 薄弱 / 缺失 as an icon and text; the link's border pattern repeats it. */
export function LinkStrengthLabel({ strength }: { strength: LinkStrength }) {
  const { t } = useTranslation();
  return (
    <span className={`link-strength link-strength--${strength}`}>
      <span aria-hidden="true">{icons[strength]}</span>
      {t(`linkStrength.${strength}`)}
    </span>
  );
}
