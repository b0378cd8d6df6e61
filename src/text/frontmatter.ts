/**
 * Frontmatter out: YAML that every reader takes back as the same strings.
 * Astro reads frontmatter with js-yaml, which turns a plain `2017-04-12` into
 * a Date (and `2017-02-30` into 2 March), `2017` into a number and `yes` into
 * a boolean in some schemas; so a string that could be read as anything else
 * is written in quotes.
 */
import { Document, parse, visit, YAMLParseError } from 'yaml';

// Plain scalars that some YAML reader may take for a number, date, boolean or null.
const MIGHT_NOT_BE_A_STRING = /^(?:[-+.~\d]|(?:y|n|yes|no|on|off|true|false|null)$)|^$/i;

export function frontmatterYaml(data: object): string {
  const document = new Document(data);
  visit(document, {
    Scalar(key, node) {
      if (key !== 'key' && typeof node.value === 'string' && MIGHT_NOT_BE_A_STRING.test(node.value)) node.type = 'QUOTE_DOUBLE';
    },
  });
  return document.toString({ lineWidth: 0 });
}

/** The `---` block at the top of a Markdown or MDX file. */
export function frontmatterBlock(data: object): string {
  return `---\n${frontmatterYaml(data)}---\n`;
}

/** A file as an editor's tools may save it is the same file: no BOM, LF line ends. */
export function asSaved(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

// A block between `---` lines at the very top (YAML may also close it with `...`).
const FRONTMATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

/** The frontmatter's YAML and the text after it, of a file already `asSaved`; undefined when it has none. */
export function splitFrontmatter(text: string): { yaml: string; body: string } | undefined {
  const match = FRONTMATTER.exec(text);
  return match ? { yaml: match[1]!, body: text.slice(match[0].length) } : undefined;
}

/** Frontmatter YAML parsed, or what is wrong with it, with the line as an editor's editor counts it. */
export function parseFrontmatterYaml(yaml: string): { ok: true; data: unknown } | { ok: false; problem: string } {
  try {
    return { ok: true, data: parse(yaml, { uniqueKeys: true }) };
  } catch (error) {
    const position = error instanceof YAMLParseError && error.linePos ? error.linePos[0] : undefined;
    // The YAML starts on the file's second line, after the opening `---`.
    const where = position ? ` at line ${position.line + 1}, column ${position.col}` : '';
    const what = (error as Error).message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    const line = position ? yaml.split('\n')[position.line - 1] : undefined;
    // The commonest slip: a title typed with a colon in it ("Pit plan: backed by council").
    const unquoted = line && /^(\s*[\w-]+:\s+)([^"'\s][^\n]*?:\s.*)$/.exec(line);
    const hint = unquoted ? `; a value with ": " in it needs quotes: ${unquoted[1]}${JSON.stringify(unquoted[2]!.trim())}` : '';
    return { ok: false, problem: `frontmatter is not valid YAML${where} (${what})${hint}` };
  }
}
