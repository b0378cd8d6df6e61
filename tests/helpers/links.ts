/** Every internal href and src of a built site, checked against the files and ids it points to. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { join, relative } from 'node:path';
import { visit } from 'unist-util-visit';

export function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.html')).map((file) => join(dir, file));
}

export function parseHtml(file: string): Root {
  return fromHtml(readFileSync(file, 'utf8'));
}

export function ids(tree: Root): Set<string> {
  const found = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') found.add(node.properties.id);
  });
  return found;
}

export interface LinkProblem {
  page: string;
  link: string;
  problem: string;
}

/** `site` is the SITE_URL origin; `base` the BASE_PATH the site was built with. */
export function checkLinks(dist: string, site: string, base: string): { checked: number; problems: LinkProblem[] } {
  const problems: LinkProblem[] = [];
  const idCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    if (!idCache.has(file)) idCache.set(file, ids(parseHtml(file)));
    return idCache.get(file)!;
  };
  let checked = 0;
  for (const file of htmlFiles(dist)) {
    const page = `/${relative(dist, file)}`.replace(/index\.html$/, '');
    const pageUrl = new URL(base.replace(/\/$/, '') + page, site);
    visit(parseHtml(file), 'element', (node: Element) => {
      for (const attribute of ['href', 'src'] as const) {
        const value = node.properties[attribute];
        if (typeof value !== 'string' || /^(mailto:|data:)/.test(value)) continue;
        const target = new URL(value, pageUrl);
        if (target.origin !== new URL(site).origin) continue; // another site
        checked++;
        if (!target.pathname.startsWith(base)) {
          problems.push({ page, link: value, problem: `outside the base path ${base}` });
          continue;
        }
        let path = join(dist, decodeURIComponent(target.pathname.slice(base.length)));
        if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
        if (!existsSync(path)) {
          problems.push({ page, link: value, problem: 'no such file' });
          continue;
        }
        const fragment = decodeURIComponent(target.hash.slice(1));
        if (fragment && path.endsWith('.html') && !idsOf(path).has(fragment)) problems.push({ page, link: value, problem: `no element with id "${fragment}"` });
      }
    });
  }
  return { checked, problems };
}
