/**
 * Configuration that cannot be right stops `astro build` at once, with one
 * line naming the variable or field, and no stack trace; and `npm run dev`
 * starts without an error that is not one.
 */
import { spawn } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { astroBuild, cleanEnvironment, ROOT, writeAstroConfig, type BuildOptions } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

function contentWithSiteYaml(yaml: string): string {
  const content = tempDir('config');
  cpSync(join(ROOT, 'content/articles'), join(content, 'articles'), { recursive: true });
  writeFileSync(join(content, 'site.yaml'), yaml);
  return content;
}

interface BadConfig {
  name: string;
  options?: BuildOptions;
  siteYaml?: string;
  message: RegExp;
}

const BAD: BadConfig[] = [
  {
    name: 'BASE_PATH off-site',
    options: { basePath: '//evil.com/' },
    message: /\[dossier\] BASE_PATH="\/\/evil\.com\/" points to another site/,
  },
  { name: 'BASE_PATH with a space', options: { basePath: '/a b/' }, message: /\[dossier\] BASE_PATH="\/a b\/": "a b" has characters/ },
  {
    name: 'SITE_URL javascript:',
    options: { siteUrl: 'javascript:alert(1)' },
    message: /\[dossier\] SITE_URL="javascript:alert\(1\)" must start with https:\/\/ or http:\/\//,
  },
  {
    name: 'language not a tag',
    siteYaml: 'title: T\ndescription: D\neditor: E\nlanguage: "<evil>"\n',
    message: /\[dossier\] .*site\.yaml: language: "<evil>" is not a language tag/,
  },
  {
    name: 'a Markdown processor Dossier has no transforms for',
    options: { dossier: { markdown: 'remark' as 'unified' } },
    message: /\[dossier\] dossier\(\) in astro\.config\.mjs: markdown: Invalid option: expected one of "satteri"\|"unified"/,
  },
  {
    name: 'a view that does not exist',
    options: { dossier: { views: { gallery: true } as never } },
    message: /\[dossier\] dossier\(\) in astro\.config\.mjs: views: unknown field "gallery"/,
  },
  {
    name: 'title of spaces',
    siteYaml: 'title: "   "\ndescription: D\neditor: E\n',
    message: /\[dossier\] .*site\.yaml: title: cannot be empty/,
  },
];

describe('a configuration that cannot be right', () => {
  it.each(BAD)('stops the build with one line naming it: $name', ({ options, siteYaml, message }) => {
    const build = astroBuild({ ...options, ...(siteYaml && { contentDir: contentWithSiteYaml(siteYaml) }) });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(message);
    expect(build.output).not.toMatch(/^\s+at /m);
  });
});

describe('npm run dev', () => {
  it('serves the cover and prints no error', async () => {
    // The bundled content, with a cache of its own so an editor's dev server is left alone.
    const work = tempDir('dev');
    const config = writeAstroConfig(work, { outDir: join(work, 'dist'), cacheDir: join(work, 'cache'), dossier: {} });
    const child = spawn(
      process.execPath,
      [join(ROOT, 'node_modules/astro/bin/astro.mjs'), 'dev', '--config', config, '--port', '0', '--host', '127.0.0.1', '--ignore-lock'],
      {
        cwd: ROOT,
        env: { ...cleanEnvironment(), ASTRO_TELEMETRY_DISABLED: '1' },
      },
    );
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      const origin = await new Promise<string>((resolve, reject) => {
        child.on('exit', () => reject(new Error(`dev server exited:\n${output}`)));
        const poll = setInterval(() => {
          const found = /Local\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output.replace(/\x1b\[[0-9;]*m/g, ''));
          if (found) {
            clearInterval(poll);
            resolve(found[1]!);
          }
        }, 100);
      });
      const cover = await fetch(`${origin}/`);
      expect(cover.status).toBe(200);
      expect(await cover.text()).toContain('class="chapter-list"');
      // --ignore-lock: an editor's own dev server may be running; this one must not stop it.
      // The dependency scan runs in the background after the first request: give it a moment, then read the log.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(output).not.toMatch(/\[ERROR\]|Failed to run dependency scan/);
    } finally {
      child.kill();
    }
  });
});
