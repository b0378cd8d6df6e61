/** `npm run check` on a test build's output folder. */
import { readBuiltSite } from '../../src/check/built-site.ts';
import { checkSite, type CheckResult } from '../../src/check/site-check.ts';

export function checkBuiltSite(dist: string, base?: string): CheckResult {
  return checkSite(readBuiltSite(dist, base));
}
