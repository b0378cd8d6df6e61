/** The editor's manifest, `sources.yaml`: parsed, validated, explained when wrong. */
import { parse, YAMLParseError } from 'yaml';
import { manifest, manifestEntry, type Manifest } from '../schema.ts';
import { describeIssues } from '../text/schema-issues.ts';

export type ManifestResult = { ok: true; manifest: Manifest } | { ok: false; errors: string[] };

export function parseManifest(text: string, fileName: string): ManifestResult {
  let data: unknown;
  try {
    data = parse(text) ?? { sources: {} };
  } catch (error) {
    const where = error instanceof YAMLParseError && error.linePos ? ` line ${error.linePos[0].line}` : '';
    return { ok: false, errors: [`${fileName}${where}: not valid YAML: ${(error as Error).message.split('\n')[0]}`] };
  }
  const result = manifest.safeParse(data);
  if (result.success) return { ok: true, manifest: result.data };
  // An entry's fields, under sources → <file>; at the top, only "sources".
  const known = (path: readonly PropertyKey[]) => (path.length >= 2 ? Object.keys(manifestEntry.shape) : ['sources']);
  return { ok: false, errors: describeIssues(result.error.issues, known).map((issue) => `${fileName}: ${issue}`) };
}
