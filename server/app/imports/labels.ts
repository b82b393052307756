import { domain as en } from '../../../src/locales/en-US/domain';
import { domain as zh } from '../../../src/locales/zh-CN/domain';

/*
 * The vocabularies' labels in both languages, taken from the SPA's own translations so a sheet
 * may say 已投产 or In production where the API says in_production.
 */
type Vocabulary = 'revenueBand' | 'firmTag' | 'projectStage' | 'projectOrigin' | 'problemStatus';

function labelsOf<V extends Vocabulary>(vocabulary: V) {
  const zhLabels = zh[vocabulary] as Record<string, string>;
  const enLabels = en[vocabulary] as Record<string, string>;
  return Object.fromEntries(
    Object.entries(zhLabels).map(([code, label]) => [code, [label, enLabels[code] ?? code]]),
  ) as unknown as Record<keyof (typeof zh)[V] & string, readonly string[]>;
}

export const choiceLabels = {
  revenueBand: labelsOf('revenueBand'),
  firmTag: labelsOf('firmTag'),
  projectStage: labelsOf('projectStage'),
  projectOrigin: labelsOf('projectOrigin'),
  problemStatus: labelsOf('problemStatus'),
};
