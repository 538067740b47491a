import type { ConsentKit, PlaceholderRenderer } from '../types';
import { loadModule } from './load-ui';
import type { PlaceholderModule } from './types';

/**
 * A placeholder renderer that imports the placeholder UI (consentkit-placeholder.js) when the engine first
 * finds a blocked widget: pages without one, and visitors who allowed them, never download it.
 */
export function lazyPlaceholders(consent: ConsentKit, src: string, options: Record<string, unknown>): PlaceholderRenderer {
  let module: Promise<PlaceholderModule | null> | undefined;
  return (widget) => {
    let remove: (() => void) | void;
    let loaded = false;
    (module ??= loadModule<PlaceholderModule>(src, 'the widget placeholders')).then((ui) => {
      if (ui && !loaded) remove = ui.renderPlaceholder(consent, widget, options);
    });
    return () => {
      loaded = true;
      remove?.();
    };
  };
}
