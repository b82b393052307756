import { useNavigate, useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { OverviewChain } from '@server/contract/overview';
import { useFormatters } from '@/hooks/use-formatters';
import { slideKinds, type Slide, type SlideKind } from '@/stores/presentation';
import { chosenChains } from '@/features/present/deck';
import { requestFullscreen } from '@/features/present/hooks/use-fullscreen';
import {
  presentDefaults,
  refreshRange,
  secondsRange,
  type PresentSearch,
} from '@/features/present/search';
import { writeSlideTimes, type PresentConfig } from '@/features/present/config';

interface PresentSetupProps {
  search: PresentSearch;
  config: PresentConfig;
  chains: OverviewChain[];
  deck: Slide[];
  slideTitle: (slide: Slide) => string;
}

/**
 * Sets up a presentation by editing its URL: what is chosen here is the link shown at the end,
 * ready to open on the wall screen, and Back in the browser undoes nothing but navigation.
 */
export function PresentSetup({ search, config, chains, deck, slideTitle }: PresentSetupProps) {
  const { t } = useTranslation(['present', 'translation']);
  const format = useFormatters();
  const navigate = useNavigate();
  const router = useRouter();
  const update = (changes: Partial<PresentSearch>) =>
    void navigate({
      to: '/present',
      search: (previous) => ({ ...previous, ...changes }),
      replace: true,
    });

  const included = chosenChains(config, chains);
  const excluded = chains.filter((chain) => !included.includes(chain));
  const setChains = (codes: string[]) => {
    const all = chains.map((chain) => chain.code);
    const isDefault = codes.length === all.length && codes.every((code, i) => code === all[i]);
    update({ chains: isDefault ? undefined : codes.join(',') || undefined });
  };
  const includedCodes = included.map((chain) => chain.code);
  const move = (index: number, by: -1 | 1) => {
    const codes = [...includedCodes];
    const [code] = codes.splice(index, 1);
    if (code) codes.splice(index + by, 0, code);
    setChains(codes);
  };

  const setKind = (kind: SlideKind, on: boolean) => {
    const kinds = slideKinds.filter((k) => (k === kind ? on : config.slides.includes(k)));
    const isDefault =
      kinds.length === presentDefaults.slides.length &&
      kinds.every((k) => presentDefaults.slides.includes(k));
    update({ slides: isDefault ? undefined : kinds.join(',') || undefined });
  };

  const setSlideSeconds = (id: string, seconds: number | undefined) => {
    const times = new Map(config.times);
    if (seconds === undefined) times.delete(id);
    else times.set(id, seconds);
    update({ times: writeSlideTimes(times) });
  };

  const playSearch = { ...search, play: true };
  const shareUrl = new URL(
    router.buildLocation({ to: '/present', search: playSearch }).href,
    window.location.origin,
  ).href;
  const start = () => {
    // Asked during the click, as browsers require; refused, the presentation runs in the window.
    requestFullscreen().catch(() => undefined);
    void navigate({ to: '/present', search: playSearch });
  };

  return (
    <div className="page present-setup">
      <h1 className="page__title">{t('present.setup.title')}</h1>
      <p className="page__summary">{t('present.setup.intro')}</p>

      <div className="present-setup__grid">
        <fieldset className="present-setup__group">
          <legend>{t('present.setup.chains')}</legend>
          <ol className="present-setup__chains">
            {included.map((chain, index) => (
              <li key={chain.id}>
                <label>
                  <input
                    type="checkbox"
                    checked
                    onChange={() => setChains(includedCodes.filter((code) => code !== chain.code))}
                  />
                  {format.name(chain)}
                </label>
                <button
                  type="button"
                  className="button--quiet"
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                  aria-label={t('present.setup.moveUp', { chain: format.name(chain) })}
                >
                  ↑
                </button>
                <button
                  type="button"
                  className="button--quiet"
                  disabled={index === included.length - 1}
                  onClick={() => move(index, 1)}
                  aria-label={t('present.setup.moveDown', { chain: format.name(chain) })}
                >
                  ↓
                </button>
              </li>
            ))}
          </ol>
          {excluded.length > 0 && (
            <ul className="present-setup__chains">
              {excluded.map((chain) => (
                <li key={chain.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={false}
                      onChange={() => setChains([...includedCodes, chain.code])}
                    />
                    {format.name(chain)}
                  </label>
                </li>
              ))}
            </ul>
          )}
        </fieldset>

        <div className="present-setup__side">
          <fieldset className="present-setup__group">
            <legend>{t('present.setup.slides')}</legend>
            {slideKinds.map((kind) => (
              <label key={kind} className="present-setup__check">
                <input
                  type="checkbox"
                  checked={config.slides.includes(kind)}
                  onChange={(event) => setKind(kind, event.target.checked)}
                />
                {t(`present.setup.kinds.${kind}`)}
              </label>
            ))}
          </fieldset>

          <fieldset className="present-setup__group">
            <legend>{t('present.setup.timing')}</legend>
            <SecondsField
              label={t('present.setup.seconds')}
              value={search.seconds}
              placeholder={presentDefaults.seconds}
              range={secondsRange}
              onCommit={(seconds) => update({ seconds })}
            />
            <SecondsField
              label={t('present.setup.refresh')}
              value={search.refresh}
              placeholder={presentDefaults.refresh}
              range={refreshRange}
              onCommit={(refresh) => update({ refresh })}
            />
            <label className="present-setup__check">
              <input
                type="checkbox"
                checked={config.loop}
                onChange={(event) => update({ loop: event.target.checked ? undefined : false })}
              />
              {t('present.setup.loop')}
            </label>
            <label className="present-setup__check">
              <input
                type="checkbox"
                checked={config.dark}
                onChange={(event) => update({ dark: event.target.checked || undefined })}
              />
              {t('present.setup.dark')}
            </label>
          </fieldset>
        </div>
      </div>

      <fieldset className="present-setup__group">
        <legend>{t('present.setup.perSlide', { count: deck.length })}</legend>
        <p className="present-setup__hint">{t('present.setup.perSlideHint')}</p>
        <ol className="present-setup__slides">
          {deck.map((slide, index) => (
            <li key={slide.id}>
              <SecondsField
                number={index + 1}
                label={slideTitle(slide)}
                value={config.times.get(slide.id)}
                placeholder={config.seconds}
                range={secondsRange}
                onCommit={(seconds) => setSlideSeconds(slide.id, seconds)}
              />
            </li>
          ))}
        </ol>
      </fieldset>

      <div className="present-setup__start">
        <label className="present-setup__link">
          <span>{t('present.setup.link')}</span>
          <input type="text" readOnly value={shareUrl} onFocus={(event) => event.target.select()} />
        </label>
        <button type="button" className="button" onClick={start} disabled={deck.length === 0}>
          {t('present.setup.start')}
        </button>
      </div>
    </div>
  );
}

interface SecondsFieldProps {
  /** The slide's place in the deck, shown before its title (the list says it to screen readers). */
  number?: number;
  label: string;
  value: number | undefined;
  placeholder: number;
  range: { min: number; max: number };
  /** A whole number in range, or undefined when cleared (back to the default). */
  onCommit: (seconds: number | undefined) => void;
}

/** Seconds typed freely; only a whole number in range (or nothing) reaches the URL. */
function SecondsField({ number, label, value, placeholder, range, onCommit }: SecondsFieldProps) {
  const { t } = useTranslation('present');
  return (
    <label className="present-setup__seconds">
      <span className="present-setup__label">
        {number !== undefined && (
          <span className="present-setup__number" aria-hidden="true">
            {number}.
          </span>
        )}
        {label}
      </span>
      <input
        type="number"
        inputMode="numeric"
        min={range.min}
        max={range.max}
        step={1}
        defaultValue={value}
        placeholder={String(placeholder)}
        onChange={(event) => {
          const raw = event.target.value;
          const seconds = Number(raw);
          if (raw === '') onCommit(undefined);
          else if (Number.isInteger(seconds) && seconds >= range.min && seconds <= range.max) {
            onCommit(seconds);
          }
        }}
      />
      <span className="present-setup__unit">{t('present.setup.secondsUnit')}</span>
    </label>
  );
}
