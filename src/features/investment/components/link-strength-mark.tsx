import { useTranslation } from 'react-i18next';
import type { LinkStrength } from '@server/contract/domain';

const icons: Record<LinkStrength, string> = { strong: '●', weak: '◐', missing: '○' };

/**
 * 优势 / 薄弱 / 缺失 as an icon and text, the same marks the chain map uses (that component
 * belongs to the chains feature, which this one does not import).
 */
export function LinkStrengthMark({ strength }: { strength: LinkStrength }) {
  const { t } = useTranslation();
  return (
    <span className={`strength-mark strength-mark--${strength}`}>
      <span aria-hidden="true">{icons[strength]}</span>
      {t(`linkStrength.${strength}`)}
    </span>
  );
}
