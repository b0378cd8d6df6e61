/** Topics drawn from the text for a first build: the floor, the editor's precedence, the cache. */
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Candidate } from '../../src/topics/discover.ts';
import {
  cachedCandidates,
  confidentCandidates,
  defaultCachePath,
  provisionalTopics,
  usesProvisionalTopics,
} from '../../src/topics/provisional.ts';
import { withProvisionalTopics } from '../../src/site/site-topics.ts';
import { runIngest } from '../../src/ingest/run.ts';
import { ROOT } from '../helpers/build.ts';
import { tempDir } from '../helpers/temp.ts';

const candidate = (name: string, mentions: number, chapters: number, more: Partial<Candidate> = {}): Candidate => ({
  name,
  kind: 'person',
  aliases: [],
  mentions,
  chapters,
  examples: [`${name} spoke at the harbour.`],
  ...more,
});

describe('which candidates become provisional topics', () => {
  it('takes those mentioned three times in two chapters or more', () => {
    const found = confidentCandidates(
      [candidate('Ana Brel', 5, 3), candidate('Port Ilsen', 2, 2), candidate('Talks', 1, 1), candidate('Tomas Veld', 4, 1)],
      3,
    );
    expect(found.map((c) => c.name)).toEqual(['Ana Brel']);
    // A one-chapter corpus cannot ask for two chapters.
    expect(confidentCandidates([candidate('Tomas Veld', 4, 1)], 1).map((c) => c.name)).toEqual(['Tomas Veld']);
  });

  it('marks them drawn, with a summary from the text, and never takes a slug an editor holds', () => {
    const [topic] = provisionalTopics([candidate('Ana Brel', 5, 3, { role: 'Union leader' })], ['ana-brel']);
    expect(topic).toMatchObject({
      slug: 'ana-brel-2',
      title: 'Ana Brel',
      provisional: true,
      summaryDrawn: true,
      summary: 'Ana Brel spoke at the harbour.',
      role: 'Union leader',
      link: true,
    });
  });

  it('draws the summary from a sentence that stands alone, not one that leans on the sentence before or quotes someone', () => {
    const examples = [
      'Its area secretary, Ana Brel, said the vote was clear.',
      'Ana Brel, who leads the dockers’ union, called the strike in March.',
    ];
    expect(provisionalTopics([candidate('Ana Brel', 5, 3, { examples })], [])[0]!.summary).toBe(examples[1]);
    const quoted = ['“It is about the island,” Ana Brel said.', 'Ana Brel runs the ferry company.'];
    expect(provisionalTopics([candidate('Ana Brel', 5, 3, { examples: quoted })], [])[0]!.summary).toBe(quoted[1]);
    // With nothing better, the first.
    expect(provisionalTopics([candidate('Ana Brel', 5, 3, { examples: [examples[0]!] })], [])[0]!.summary).toBe(examples[0]);
  });

  it('is on unless the editor says `topics: curated`', () => {
    expect(usesProvisionalTopics(undefined)).toBe(true);
    expect(usesProvisionalTopics('auto')).toBe(true);
    expect(usesProvisionalTopics('curated')).toBe(false);
  });
});

describe('discovery in the build', () => {
  it('runs once while the chapters and the editor’s names stay the same', () => {
    const dir = tempDir('cache');
    const cachePath = join(dir, 'deep', 'discovered.json');
    let runs = 0;
    const discover = () => {
      runs++;
      return [candidate('Ana Brel', 5, 3)];
    };
    const chapters = [{ slug: 'a', paragraphs: ['Ana Brel spoke.'] }];
    expect(cachedCandidates({ chapters, fingerprint: 'one', exclude: [], cachePath, discover, code: 'rules-1' })).toHaveLength(1);
    expect(cachedCandidates({ chapters, fingerprint: 'one', exclude: [], cachePath, discover, code: 'rules-1' })).toHaveLength(1);
    expect(runs).toBe(1);
    cachedCandidates({ chapters, fingerprint: 'two', exclude: [], cachePath, discover, code: 'rules-1' });
    cachedCandidates({ chapters, fingerprint: 'two', exclude: ['Tomas Veld'], cachePath, discover, code: 'rules-1' });
    expect(runs).toBe(3);
    // A damaged cache is only a slower build.
    writeFileSync(cachePath, '{"key": ');
    expect(cachedCandidates({ chapters, fingerprint: 'two', exclude: [], cachePath, discover, code: 'rules-1' })).toHaveLength(1);
    expect(runs).toBe(4);
    // A new version of discovery's rules does not read what the old one cached.
    cachedCandidates({ chapters, fingerprint: 'two', exclude: [], cachePath, discover, code: 'rules-2' });
    expect(runs).toBe(5);
  });

  it('keeps its cache beside the build’s when one is named', () => {
    expect(defaultCachePath('/tmp/build-cache')).toBe('/tmp/build-cache/dossier/discovered-topics.json');
    expect(defaultCachePath(undefined, '/project')).toBe('/project/node_modules/.cache/dossier/discovered-topics.json');
  });

  it("draws topics from an editor's chapters, leaving out the names of their topic files and rejections", async () => {
    const content = tempDir('first');
    cpSync(join(ROOT, 'tests/fixtures/first-build'), content, { recursive: true });
    await runIngest({ sources: join(content, 'sources'), out: join(content, 'articles') });
    const topicsDir = join(content, 'topics');
    const cachePath = join(content, 'cache.json');
    const drawn = withProvisionalTopics([], topicsDir, undefined, join(content, 'articles'), cachePath);
    expect(drawn.map((t) => `${t.title} (${t.kind})`)).toEqual(
      expect.arrayContaining(['Ana Brel (person)', 'Tomas Veld (person)', 'Ilsen Harbour Board (organisation)', 'Kestrel Bridge (place)']),
    );
    expect(drawn.every((t) => t.provisional)).toBe(true);

    mkdirSync(topicsDir);
    writeFileSync(join(topicsDir, 'rejected.yaml'), 'rejected:\n  - night shift\n');
    const editors = [
      {
        slug: 'brel',
        path: join(topicsDir, 'brel.md'),
        body: '',
        title: 'Ana Brel',
        kind: 'person' as const,
        aliases: ['Brel'],
        summary: 'Leads the dockers’ union.',
        summaryDrawn: false,
        link: true,
        redirectFrom: [],
      },
    ];
    const withEditor = withProvisionalTopics(editors, topicsDir, 'auto', join(content, 'articles'), cachePath);
    expect(withEditor.filter((t) => t.title === 'Ana Brel')).toEqual(editors);
    expect(withEditor.map((t) => t.title)).not.toContain('night shift');
    expect(withProvisionalTopics(editors, topicsDir, 'curated', join(content, 'articles'), cachePath)).toEqual(editors);
    expect(existsSync(cachePath)).toBe(true);
  });
});
