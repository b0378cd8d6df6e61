/**
 * `npm run check [-- --dist DIR --base /path/]`, after a build: crawls the
 * built site and lists every broken link or anchor, unlisted or unreachable
 * page, HTML error, bad JSON-LD, malformed feed or sitemap, chapter without
 * its source box and needless script. Exits 1 if there is any.
 */
import { parseCommandLine } from '../command-line.ts';
import { DeployConfigError } from '../site/deploy.ts';
import { readBuiltSite } from './built-site.ts';
import { checkSite, type BuiltSite } from './site-check.ts';

const HELP = `Usage: npm run check [-- options]

Checks a built site (run it after npm run build) and lists what a reader, a
validator or a feed reader would trip on. Exits 1 if anything is wrong.

Options:
  --dist DIR     the built site (default: dist)
  --base PATH    the base path it was built for (default: BASE_PATH, or the
                 path of the cover's canonical address)
  --help         show this text`;

const values = parseCommandLine('check', HELP, {
  dist: { type: 'string', default: 'dist' },
  base: { type: 'string' },
});

let site: BuiltSite;
try {
  site = readBuiltSite(values.dist, values.base ?? process.env.BASE_PATH);
} catch (error) {
  if (error instanceof DeployConfigError) console.error(`check: ${error.message}`);
  else console.error(`check: no built site in ${values.dist}/. Run npm run build first.`);
  process.exit(2);
}

const { problems, pages, links } = checkSite(site);
if (problems.length === 0) {
  console.log(`check: ${pages} pages in ${values.dist}/ built for ${site.base}, ${links} internal links followed: no problems.`);
} else {
  const byFile = Map.groupBy(problems, (problem) => problem.file);
  for (const [file, list] of [...byFile].sort(([a], [b]) => a.localeCompare(b))) {
    console.error(file);
    for (const { message } of list) console.error(`  ${message}`);
  }
  console.error(
    `\ncheck: ${problems.length} problem${problems.length === 1 ? '' : 's'} in ${byFile.size} files of ${values.dist}/ (${pages} pages, built for ${site.base}).`,
  );
  process.exit(1);
}
