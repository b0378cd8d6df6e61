import { buildOptions } from './site/options.ts';

/** Where the content lives: `content/`, or the folder `dossier({ content })` names. */
export function contentDir(): string {
  return buildOptions().content;
}
