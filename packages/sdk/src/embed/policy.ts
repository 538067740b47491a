import type { ConsentKit } from '../types';
import type { UiModule } from './types';

const SELECTOR = '[data-consentkit-policy]';

/**
 * Renders the cookie declaration into every `[data-consentkit-policy]` element (a privacy policy page) once the
 * document is parsed, through the UI module (which imports the declaration's own chunk only then): pages without
 * such an element load nothing. `data-heading-level` on the element sets the level of its category headings.
 */
export function wirePolicy(consent: ConsentKit, load: () => Promise<UiModule | null>, options: Record<string, unknown>): void {
  const render = () => {
    const elements = document.querySelectorAll<HTMLElement>(SELECTOR);
    if (elements.length) {
      load().then((ui) =>
        elements.forEach((element) =>
          ui?.mountPolicy(consent, element, { ...options, headingLevel: Number(element.dataset.headingLevel) || undefined }),
        ),
      );
    }
  };
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', render);
  else render();
}
