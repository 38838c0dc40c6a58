// What only sending reads from the widget's tag (core/sync-attributes.ts), read when the sending chunk
// loads (effects.ts) rather than by every first visit's module.
import { SYNC_ATTRIBUTES } from '../core/sync-attributes';
import { readAttributes, warnRefused } from './config-read';
import type { Config, ModuleConfig } from './types';

/** The module's config and `data-native-ids`; a bad value is warned about as the module warns at its start. */
export const sendingConfig = (config: ModuleConfig): Config => ({
  ...config,
  // Its check needs nothing of the page.
  ...readAttributes(
    config.script,
    SYNC_ATTRIBUTES,
    { url: '', hostname: null, isColour: () => false },
    warnRefused,
  ),
});
