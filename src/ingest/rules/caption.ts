/**
 * A photo caption standing among the paragraphs, known by its credit: glued
 * to its last word ("…with the lost boysCredit: AP") or in brackets at its
 * end ("…near the cave. (Photo: AFP)"). It leaves the body for the figures;
 * the runner also drops the same caption printed just before without its
 * credit.
 */
import { type LineRule, type LineVerdict, NAME_PARTICLES } from './line-rule.ts';

// "…the lost boysCredit: AP:Associated Press": no space before the label, so it cannot be the prose's own "credit".
const GLUED_CREDIT = /^(.{12,400}?[\p{Ll}\d.)’”'"])(?:Credit|Photo|Picture|Image)s?\s*:\s*([^.!?]{2,80})$/u;
// "…above Silverton, Colorado. Photo: iRunFar/Bryon Powell": the label after the caption's last sentence.
// The credit names someone: it opens with a capital, a handle, an agency and its slash ("iRunFar/Bryon Powell"), a
// copyright sign, or a credit's own word ("courtesy of", "via", "handout", "supplied"); "Image: the captain waving"
// is a sentence. And
// its only full stops are initials' ("J.R. Holt/Harbour Courier").
const SPACED_CREDIT =
  /^(.{12,400}?[.!?”’"])\s+(?:Credit|Photo|Photograph|Picture|Image)s?\s*:\s*((?:[\p{L}\d@._-]+\s*\/\s*|[\p{Lu}@\d©]|\([cC]\)|(?:courtesy|via|handout|supplied|file)\b)(?:[^.!?]|(?<=(?:^|[\s.])\p{Lu})\.){0,79})$/u;
// "…arrive at the forest park on Jun 27, 2018. (Photo: AFP)".
const BRACKETED_CREDIT = /^(.{12,400}?)\s*\((?:photo|photograph|image|picture|credit)s?\s*:\s*([^()]{2,80})\)$/i;

/** A caption and its credit, when the line is a caption that ends in its credit. */
export function captionWithCredit(line: string): { caption: string; credit: string } | undefined {
  // Both credits end in a label and its colon: most lines have no colon, and are done without the patterns' long scan.
  if (!line.includes(':')) return undefined;
  const text = line.trim();
  const found = GLUED_CREDIT.exec(text) ?? SPACED_CREDIT.exec(text) ?? BRACKETED_CREDIT.exec(text);
  return found ? { caption: found[1]!.trim(), credit: found[2]!.trim() } : undefined;
}

/** A rule that moves a line to the figures when `read` finds a caption in it. */
function figureRule(name: string, reason: string, read: (line: string) => LineVerdict['figure'] | undefined): LineRule {
  return {
    name,
    where: 'anywhere',
    match(line) {
      const figure = read(line);
      return figure && { reason, figure };
    },
  };
}

export const captionLine = figureRule('caption with its credit', 'photo caption with its credit (moved to figures)', captionWithCredit);

// "Item 1 of 3 A cargo ship…", "[1/3]A cargo ship…": a gallery's caption, copied with its counter.
// The caption opens a sentence: "Photo 1 of 3 in the series shows…" is prose.
const GALLERY_CAPTION =
  /^(?:(?:Item|Image|Photo|Picture|Slide)\s+\d{1,3}\s+(?:of|\/)\s+\d{1,3}\s+|\[\d{1,3}\s*\/\s*\d{1,3}\]\s*)([\p{Lu}\p{N}"“‘'].{8,600})$/u;
// The licensing link a wire's gallery prints after the caption.
const LICENSING_LINK =
  /\s*(?:Purchase Licensing Rights|Licensing Rights|Buy (?:this )?(?:photo|image))(?:,? opens (?:in )?(?:a )?new (?:tab|window))?\s*$/i;
// "REUTERS/Stringer", "AP/Jane Doe": an agency and its photographer after the caption.
const AGENCY_CREDIT = /^(.+?[.!?”’"])\s+(\p{Lu}{2,}(?:\s\p{Lu}{2,})*\s*\/\s*\p{L}[\p{L} .'’-]{0,40})$/u;

/** A gallery's caption without its counter and licensing link, with the photographer's credit apart. */
export function galleryCaption(line: string): { caption: string; credit?: string } | undefined {
  const found = GALLERY_CAPTION.exec(line.trim());
  if (!found) return undefined;
  const text = found[1]!.replace(LICENSING_LINK, '').trim();
  const credited = AGENCY_CREDIT.exec(text);
  return credited ? { caption: credited[1]!.trim(), credit: credited[2]!.trim() } : { caption: text };
}

export const galleryCaptionLine = figureRule('gallery caption', 'photo caption from a gallery (moved to figures)', galleryCaption);

// "…works as well as Lexapro. FatCamera/Getty Images hide caption": a caption with its credit and the button
// that hides it, as a page that folds its captions prints them. The credit is a name's words, capitalised but for
// the particles of names and credits ("Lena Ostrova for The Harbour Courier", "Courtesy of …"), or has its agency
// after a slash: "…the menu. Users must tap twice to hide caption" is a how-to's sentence.
const FOLDING_CAPTION = new RegExp(
  `^(.{12,600}?[.!?”’"])(?:\\s+((?:[\\p{L}\\d@._-]+(?:\\s+\\p{Lu}[\\p{L}\\d._-]*){0,3}\\s*\\/\\s*)?[\\p{Lu}@\\d©][\\p{L}\\d'’._-]*(?:\\s+(?:[\\p{Lu}\\d][\\p{L}\\d'’._/-]*|for|of|via|the|and|${NAME_PARTICLES})){0,7}))?\\s+hide caption$`,
  'u',
);

/** A folding caption without its button, with its credit apart. */
export function foldingCaption(line: string): { caption: string; credit?: string } | undefined {
  const found = line.endsWith('caption') ? FOLDING_CAPTION.exec(line.trim()) : null;
  if (!found) return undefined;
  return { caption: found[1]!.trim(), ...(found[2] && { credit: found[2].trim() }) };
}

export const foldingCaptionLine = figureRule('folding caption', 'photo caption with its hide button (moved to figures)', foldingCaption);

// "Image source: Getty Images.", "Photo: Ana Brel": a caption that only credits the photograph.
const CREDIT_ALONE = /^(?:photo(?:graph)?|image|picture|credit)s?(?:\s+(?:source|credit)s?)?\s*:\s*(.{2,120}?)\.?$/i;
// "The harbour at dawn Photo: Lena Ostrova" (a <br> between them), "… data | Image Credit: X": in a caption the
// source marks as one, the label starts its credit.
const LABELLED_CREDIT = /^(.{2,600}?)\s*[|·•]?\s+(?:(?:Photo(?:graph)?|Picture|Image)s?(?:\s+credits?)?|Credits?)\s*:\s*(.{2,120})$/i;

/** A caption the source marks as one (an HTML `<figcaption>`): its credit split off when it prints one. */
export function markedCaption(line: string): { caption: string; credit?: string } {
  const text = line.trim();
  const creditAlone = CREDIT_ALONE.exec(text);
  if (creditAlone) return { caption: '', credit: creditAlone[1]!.trim() };
  const labelled = LABELLED_CREDIT.exec(text);
  return captionWithCredit(text) ?? (labelled ? { caption: labelled[1]!.trim(), credit: labelled[2]!.trim() } : { caption: text });
}
