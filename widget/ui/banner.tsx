// The first-visit banner: what is asked, and three answers of equal weight.
import type { Texts } from '../i18n/en';
import type { UiProps } from './contract';
import { keepFocusInside } from './focus';
import { safeHref } from './safe-href';

export interface BannerProps {
  p: UiProps;
  t: Texts;
  onCustomize(): void;
}

export function Banner({ p, t, onCustomize }: BannerProps) {
  const href = safeHref(p.policyUrl);
  // At the edges the page stays usable; in the centre a backdrop covers it, so the banner is modal.
  const modal = p.position === 'center';
  const banner = (
    <div
      role="dialog"
      aria-modal={modal}
      aria-labelledby="sc-t"
      aria-describedby={p.gpc ? 'sc-d sc-g' : 'sc-d'}
      tabIndex={-1}
      class={`p ${p.position}`}
      onKeyDown={modal ? (e) => keepFocusInside(e) : undefined}
    >
      <h2 id="sc-t">{t.title}</h2>
      <p id="sc-d">
        {t.description}
        {href && (
          <>
            {' '}
            <a href={href}>{t.policyLink}</a>
          </>
        )}
      </p>
      {p.gpc && <p id="sc-g">{t.gpcNotice}</p>}
      <div class="a">
        <button type="button" onClick={() => p.onAcceptAll()}>
          {t.acceptAll}
        </button>
        <button type="button" onClick={() => p.onRejectAll()}>
          {t.rejectAll}
        </button>
        <button type="button" onClick={() => onCustomize()}>
          {t.customize}
        </button>
      </div>
    </div>
  );
  return modal ? <div class="k">{banner}</div> : banner;
}
