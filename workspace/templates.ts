// Which drafts are templates by config: `templates` globs in .invitelintrc.json, relative to
// the folder of the file that lists them (CONFIG_KEYS in rules/config.ts; shared by the CLI
// and the server).
import type { ResolvedConfig } from '../rules/engine.js';

/** Whether the draft the config was resolved for matches a `templates` glob of it. */
export function isTemplatePath(config: ResolvedConfig): boolean {
  return config.matched?.templates === true;
}
