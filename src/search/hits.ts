/**
 * A Pagefind result as the search page shows it: pure, so it is tested without
 * a browser. The hit leads to the paragraph (`#p-N`) holding the first
 * matching word, with a text fragment so the browser highlights the word
 * there; the excerpt is that paragraph's words around it.
 */
export interface Fragment {
  url: string;
  content: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  locations: number[];
  anchors: Array<{ element: string; id: string; location: number }>;
}

export interface Hit {
  href: string;
  title: string;
  /** "Chapter" or "Topic · Person". */
  label: string;
  excerpt: Array<{ text: string; mark: boolean }>;
}

const PARAGRAPH = /^p-\d+$/;
/** Words either side of the first match in the excerpt. */
const AROUND = 14;

export function paragraphHit(fragment: Fragment): Hit {
  const words = fragment.content.split(/\s+/);
  const first = Math.min(...fragment.locations);
  const paragraphs = fragment.anchors.filter((anchor) => PARAGRAPH.test(anchor.id)).sort((a, b) => a.location - b.location);
  const at = [...paragraphs].reverse().find((anchor) => anchor.location <= first);
  const next = paragraphs.find((anchor) => anchor.location > first);
  // The word as the page has it, without the punctuation around it, for the browser to find.
  const word = (words[first] ?? '').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
  const target = at && Number.isFinite(first) ? `#${at.id}${word ? `:~:text=${textDirective(word)}` : ''}` : '';
  const start = Math.max(at?.location ?? 0, first - AROUND);
  const end = Math.min(next?.location ?? words.length, (Number.isFinite(first) ? first : 0) + AROUND + 1);
  const marked = new Set(fragment.locations);
  const excerpt: Hit['excerpt'] = [];
  if (start > (at?.location ?? 0)) excerpt.push({ text: '… ', mark: false });
  for (let i = start; i < end; i++) {
    const text = words[i] ?? '';
    if (marked.has(i)) excerpt.push({ text, mark: true });
    else excerpt.push({ text, mark: false });
    if (i < end - 1) excerpt.push({ text: ' ', mark: false });
  }
  if (end < (next?.location ?? words.length)) excerpt.push({ text: ' …', mark: false });
  const type = fragment.filters.type?.[0] ?? 'Page';
  const kind = fragment.filters.kind?.[0];
  return {
    href: `${fragment.url}${target}`,
    title: fragment.meta.title ?? fragment.url,
    label: kind ? `${type} · ${kind}` : type,
    excerpt: mergeText(excerpt),
  };
}

/** Adjacent plain parts as one, so the excerpt is a few text nodes, not one per word. */
function mergeText(parts: Hit['excerpt']): Hit['excerpt'] {
  const out: Hit['excerpt'] = [];
  for (const part of parts) {
    const last = out.at(-1);
    if (last && !last.mark && !part.mark) last.text += part.text;
    else out.push({ ...part });
  }
  return out;
}

/** A text fragment's words, percent-encoded, with the characters its syntax reserves ("-", ",", "&") encoded too. */
export function textDirective(text: string): string {
  return encodeURIComponent(text).replace(/-/g, '%2D').replace(/,/g, '%2C');
}
