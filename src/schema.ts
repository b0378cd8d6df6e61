/**
 * One truth for the shape of content: imported by ingest (to validate what it
 * writes) and by `src/content.config.ts` (to validate what Astro loads).
 */
import { LANGUAGE_TAG } from './text/language-tag.ts';
import { parse as parseLanguageTag, stringify as stringifyLanguageTag } from 'bcp-47';
import { z } from 'astro/zod';

/** A URL segment: lowercase letters, digits and single hyphens. */
export const SLUG_RULE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** True for a date that is on the calendar: year 0001–9999, month 1–12, a day the month has. */
export function isCalendarDate(date: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date);
  if (!match) return false;
  const [year, month = 1, day = 1] = match.slice(1).filter(Boolean).map(Number) as [number, number?, number?];
  if (year < 1 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(2000, month, 0)).getUTCDate() - (month === 2 && !isLeapYear(year) ? 1 : 0);
  return day <= daysInMonth;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * A date as precise as the editor knows it: `2017`, `2017-04` or `2017-04-12`,
 * and a real one. A plain `2017-04-12` in frontmatter reaches Astro as a Date,
 * already rolled over if it was `2017-02-30` (2 March): refused, with the fix.
 */
export const partialDate = z.preprocess(
  // Astro's YAML reader turns an unquoted `2017` into a number; that one is unambiguous.
  (value) => (typeof value === 'number' && Number.isInteger(value) && value > 0 && value < 10000 ? String(value).padStart(4, '0') : value),
  z
    .string({
      error: (issue) =>
        issue.input instanceof Date
          ? 'write the date in quotes, like "2017-04-12": unquoted, YAML reads 2017-02-30 as 2 March'
          : 'a date like 2017, 2017-04 or 2017-04-12',
    })
    .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'a date like 2017, 2017-04 or 2017-04-12')
    .refine(isCalendarDate, 'not a date on the calendar: the month must be 01–12, the day one the month has, and the year 0001 or later'),
);

export type DatePrecision = 'year' | 'month' | 'day';

export function datePrecision(date: string): DatePrecision {
  return date.length === 4 ? 'year' : date.length === 7 ? 'month' : 'day';
}

const safeUrl = z
  .string()
  .url()
  .refine((url) => /^(https?:|mailto:)/i.test(url), 'only http, https and mailto links');

export const figure = z.object({
  caption: z.string(),
  credit: z.string().optional(),
  /** The paragraph (1 for the first) the photograph stood after in the source; none: above the text. */
  after: z.number().int().positive().optional(),
});

export const relatedLink = z.object({
  title: z.string(),
  url: safeUrl,
});

/** Something ingest took out of the body, and why, so an editor can audit it. */
export const removal = z.object({
  text: z.string(),
  reason: z.string(),
});

export const repairCount = z.object({
  rule: z.string(),
  count: z.number().int().positive(),
});

/** An editor's note attached to the paragraph that contains `at`. */
export const editorNote = z.object({
  at: z.string().min(1),
  text: z.string().min(1),
});

/** Fields an editor may confirm in `content/sources/sources.yaml`. */
export const editorialFields = {
  title: z.string().min(1).optional(),
  dek: z.string().min(1).optional(),
  publication: z.string().min(1).optional(),
  section: z.string().min(1).optional(),
  author: z.string().min(1).optional(),
  date: partialDate.optional(),
  url: safeUrl.optional(),
  /** The article's language when it is not English, as a BCP 47 tag ("pt", "ru"): the chapter page says so to screen readers. */
  language: z.string().regex(LANGUAGE_TAG, 'a language tag such as pt, ru or pt-BR').optional(),
  order: z.number().int().positive().optional(),
  chapterLabel: z.string().min(1).optional(),
  notes: z.array(editorNote).default([]),
};

/** Names of the fields ingest can infer, and so can list as `inferred`. */
export const inferableFields = ['title', 'dek', 'publication', 'section', 'author', 'date', 'url', 'language'] as const;
export type InferableField = (typeof inferableFields)[number];

export const manifestEntry = z
  .object({
    ...editorialFields,
    slug: z.string().regex(SLUG_RULE, 'lowercase letters, digits and single hyphens').optional(),
    /** Treat the questions of an interview as such (default: detected). */
    interview: z.boolean().optional(),
    /** true: the title is the editor's, one the source never had (cited in [brackets]). Default: decided by ingest. */
    titleSupplied: z.boolean().optional(),
  })
  .strict();
export type ManifestEntry = z.infer<typeof manifestEntry>;

export const manifest = z
  .object({
    sources: z.record(
      z.string(),
      manifestEntry.nullable().transform((entry) => entry ?? manifestEntry.parse({})),
    ),
  })
  .strict();
export type Manifest = z.infer<typeof manifest>;

export const articleFrontmatter = z
  .object({
    ...editorialFields,
    title: z.string().min(1),
    order: z.number().int().positive(),
    inferred: z.array(z.enum(inferableFields)).default([]),
    figures: z.array(figure).default([]),
    related: z.array(relatedLink).default([]),
    removed: z.array(removal).default([]),
    repairs: z.array(repairCount).default([]),
    truncated: z.boolean().default(false),
    /** True when a paragraph breaks off mid-sentence and the text goes on after it (the cut is not the end). */
    truncatedMidText: z.boolean().default(false),
    /**
     * True when the title is not a headline the source printed: the editor's
     * (from sources.yaml) or ingest's guess from the first sentence. Citations,
     * the feed, cards and JSON-LD then give it in [square brackets].
     */
    titleSupplied: z.boolean().default(false),
    /** A wire dateline the text opened with: "MAE SAI, Thailand, July 10, 2018 (AFP)". Shown above the text. */
    dateline: z.string().optional(),
    wordCount: z.number().int().nonnegative(),
    readingMinutes: z.number().int().positive(),
    source: z.object({
      file: z.string(),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      encoding: z.string(),
    }),
    /** Hash of the file as ingest wrote it: a mismatch means a person edited it. */
    generatedHash: z
      .string()
      .regex(/^[0-9a-f]{64}$/)
      .optional(),
  })
  .strict();
export type ArticleFrontmatter = z.infer<typeof articleFrontmatter>;

export const topicKinds = ['person', 'place', 'organisation', 'event', 'idea'] as const;
export type TopicKind = (typeof topicKinds)[number];

/** `content/topics/<slug>.md`: one person, place, organisation, event or idea. */
export const topicFrontmatter = z
  .object({
    title: z.string().min(1),
    kind: z.enum(topicKinds),
    /** Other names the text uses: surname, acronym, variant spellings. */
    aliases: z.array(z.string().min(1)).default([]),
    /** One or two sentences, shown in previews and on the topic page. */
    summary: z.string().min(1),
    /** True when `npm run topics` drew the summary from the text and no editor has rewritten it. */
    summaryDrawn: z.boolean().default(false),
    role: z.string().optional(),
    date: partialDate.optional(),
    /** [latitude, longitude] */
    coordinates: z
      .tuple([
        z.number().min(-90, 'latitude is from -90 to 90').max(90, 'latitude is from -90 to 90'),
        z.number().min(-180, 'longitude is from -180 to 180').max(180, 'longitude is from -180 to 180'),
      ])
      .optional(),
    /**
     * false: never link mentions automatically. always: link (and count) every
     * name, even one that is everyday English ("escape route", "Syrian"), which
     * by default is not taken for a mention.
     */
    link: z.union([z.boolean(), z.literal('always')]).default(true),
    /** Old slugs that should still lead here. */
    redirectFrom: z.array(z.string().regex(SLUG_RULE, 'an old slug: lowercase letters, digits and single hyphens')).default([]),
  })
  .strict();
export type TopicFrontmatter = z.infer<typeof topicFrontmatter>;

/** A BCP 47 language tag (`en`, `en-GB`, `fa`), in its canonical form. */
export const languageTag = z.string().transform((value, context) => {
  let valid = true;
  const parsed = parseLanguageTag(value.trim(), {
    warning: () => {
      valid = false;
    },
  });
  if (!valid || !parsed.language) {
    context.addIssue({ code: 'custom', message: `"${value}" is not a language tag; write one like en, en-GB or fa (BCP 47)` });
    return z.NEVER;
  }
  return stringifyLanguageTag(parsed);
});

const text = z.string().trim().min(1, 'cannot be empty');

/** `content/site.yaml`: the site as a whole. */
export const siteConfig = z
  .object({
    title: text,
    subtitle: z.string().trim().optional(),
    description: text,
    language: languageTag.default('en'),
    editor: text,
    /** A phrase from the quotation the cover leads with; without it, the cover picks one from the voices. */
    hook: z.string().trim().min(1, 'a phrase from a quotation in the chapters').optional(),
    /** Chapter slugs in reading order; by default the manifest's order, then date. */
    readingOrder: z.array(z.string()).optional(),
    /** `auto` (the default): topics drawn from the text beside the editor's; `curated`: only the editor's topic files. */
    topics: z.enum(['auto', 'curated']).optional(),
    /** How mentions in the chapters link to topic pages. */
    links: z
      .object({
        /** first-in-chapter (the default), first-in-paragraph, every, or none (no links in the text). */
        mode: z.enum(['first-in-chapter', 'first-in-paragraph', 'every', 'none']).default('first-in-chapter'),
        /** New links in one paragraph, at most (0: no limit); the topics fewer chapters mention win. */
        perParagraph: z.number().int().min(0).default(2),
        /**
         * `false` (the default): a topic nearly every chapter mentions (the city, the
         * country, the main actor) is not linked in the chapters; the cover lists it.
         */
        ubiquitous: z.boolean().default(false),
      })
      .strict()
      .default({ mode: 'first-in-chapter', perParagraph: 2, ubiquitous: false }),
  })
  .strict();
export type SiteConfig = z.infer<typeof siteConfig>;
