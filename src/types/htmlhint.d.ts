/** htmlhint ships its types beside its bundle without pointing to them: the default export is its core. */
declare module 'htmlhint' {
  import type { HTMLHint } from 'htmlhint/dist/core/core.js';
  export type { Ruleset } from 'htmlhint/dist/core/types.js';
  const htmlhint: { HTMLHint: typeof HTMLHint };
  export default htmlhint;
}
