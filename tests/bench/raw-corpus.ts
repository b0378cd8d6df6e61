/**
 * N raw articles as an editor collects them, for `npm run bench`: the
 * generated news corpus (generated-corpus.ts, whose names vary as real names
 * do) written in four of the styles the seeds came in: pasted text with
 * straight quotes and a byline, scraped text wrapped in a site's chrome, an
 * HTML fragment, and a whole saved web page. Deterministic: the same N gives
 * the same files.
 */
import { generatedCorpus } from './generated-corpus.ts';

const OUTLETS = ['Reuters', 'The National', 'Musings on Iraq', 'TIME', 'The Duran', 'Middle East Eye'];
const WRITERS = ['Mara Holt', 'Ivo Brandt', 'Ana Brel', 'Jonas Keller', 'Lena Sato', 'Omar Haddad', 'Rita Novak'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export interface RawArticle {
  name: string;
  text: string;
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The first words of the lead, as a headline: "Colonel Bakhsh al-Tounid of the … said". */
function headline(lead: string, index: number): string {
  const words = lead
    .replace(/[“”"()]/g, '')
    .split(/\s+/)
    .slice(0, 9)
    .join(' ');
  return `${words.replace(/[,.;:]$/, '')}, report ${index + 1}`;
}

export function rawCorpus(articles: number): RawArticle[] {
  return generatedCorpus(articles).map((chapter, index) => {
    const day = new Date(Date.UTC(2016, 9, 17) + index * 86_400_000 * (270 / Math.max(1, articles)));
    const iso = day.toISOString().slice(0, 10);
    const spoken = `${MONTHS[day.getUTCMonth()]} ${day.getUTCDate()}, ${day.getUTCFullYear()}`;
    const outlet = OUTLETS[index % OUTLETS.length]!;
    const writer = WRITERS[index % WRITERS.length]!;
    const title = headline(chapter.paragraphs[0]!, index);
    const number = String(index + 1).padStart(5, '0');
    switch (index % 4) {
      case 0:
        // Pasted: straight quotes, doubled spaces, a byline and a date line.
        return {
          name: `${number}-pasted.txt`,
          text: `${title}\n\nBy ${writer}\n${outlet}\n${spoken}\n\n${chapter.paragraphs.map((p) => p.replace(/[“”]/g, '"').replace(/\. /g, '.  ')).join('\n\n')}\n`,
        };
      case 1:
        // Scraped: the site's menu, share buttons, an advertisement and a footer around the story.
        return {
          name: `${number}-scraped.txt`,
          text: [
            'Skip to main content',
            `Home | World | Middle East | ${outlet}`,
            title,
            `Published ${spoken} · By ${writer}`,
            'Share this article',
            ...chapter.paragraphs.slice(0, 3),
            'Advertisement',
            ...chapter.paragraphs.slice(3),
            `Read more: ${headline(chapter.paragraphs.at(-1)!, index + 1)}`,
            `Copyright © ${day.getUTCFullYear()} ${outlet}. All rights reserved.`,
          ].join('\n\n'),
        };
      case 2:
        // An HTML fragment copied from the page.
        return {
          name: `${number}-fragment.html`,
          text: `<article><h1>${escapeHtml(title)}</h1><p class="byline">By ${writer}, ${outlet}</p><time datetime="${iso}">${spoken}</time>${chapter.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('')}</article>\n`,
        };
      default:
        // A whole saved page: head metadata, navigation, the story, related links and a footer.
        return {
          name: `${number}-saved.html`,
          text: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)} | ${outlet}</title><meta property="og:title" content="${escapeHtml(title)}"><meta name="author" content="${writer}"><meta property="article:published_time" content="${iso}T09:00:00Z"><meta property="og:site_name" content="${outlet}"></head><body><header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/video">Video</a></nav></header><main><article><h1>${escapeHtml(title)}</h1><p class="byline">By ${writer}</p>${chapter.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}</article><aside><h2>Related</h2><ul><li><a href="/a">${escapeHtml(headline(chapter.paragraphs[1] ?? title, index + 2))}</a></li></ul></aside></main><footer>© ${outlet}</footer></body></html>\n`,
        };
    }
  });
}
