/** The editor's manifest, `sources.yaml`: parsed, validated, explained when wrong. */
import { parse, YAMLParseError } from 'yaml';
import { manifest, type Manifest } from '../schema.ts';

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
  return {
    ok: false,
    errors: result.error.issues.map((issue) => `${fileName}: ${issue.path.join(' → ') || '(top level)'}: ${issue.message}`),
  };
}
