/**
 * Discovery, step 2 of 3: one entity, one group. A single union-find over the
 * forms' keys; every rule looks candidates up in an index built in one pass
 * (by surname, by initials, by consonant skeleton…), so merging costs about
 * one lookup per form, never a comparison of every name with every other.
 * Each merge keeps its evidence, for the editor to check in the review queue.
 */
import { formKey, initialsOf, isAcronym, looksLikePersonName, type Extraction, type FormEvidence } from './extract.ts';
import { NAME_PARTICLES } from '../text/name-particles.ts';
import { isAdjective, isUnknownWord, knownAs } from './lexicon.ts';

export interface Merge {
  form: string;
  into: string;
  because: string;
}

export interface Group {
  forms: FormEvidence[];
  merges: Merge[];
}

class UnionFind {
  readonly #parent = new Map<string, string>();
  readonly #size = new Map<string, number>();

  add(key: string): void {
    if (!this.#parent.has(key)) {
      this.#parent.set(key, key);
      this.#size.set(key, 1);
    }
  }

  find(key: string): string {
    let root = key;
    while (this.#parent.get(root) !== root) root = this.#parent.get(root)!;
    // Path compression keeps later finds near constant time.
    for (let at = key; at !== root; ) {
      const next = this.#parent.get(at)!;
      this.#parent.set(at, root);
      at = next;
    }
    return root;
  }

  union(a: string, b: string): boolean {
    const [ra, rb] = [this.find(a), this.find(b)];
    if (ra === rb) return false;
    const [big, small] = this.#size.get(ra)! >= this.#size.get(rb)! ? [ra, rb] : [rb, ra];
    this.#parent.set(small, big);
    this.#size.set(big, this.#size.get(big)! + this.#size.get(small)!);
    return true;
  }
}

/** Generic words a name may carry or drop: "Tigris River", "Islamic State group", "Dawasa district". */
const GENERIC_TAIL =
  / (river|cave|group|forces|province|governorate|district|neighbou?rhood|region|city|town|village|militia|organi[sz]ation|movement)$/;

/**
 * Arabic and Thai names reach English in several spellings: "Qaraqosh" and
 * "Qaraqush", "Osottanakorn" and "Osotthanakorn". Their consonants agree:
 * the skeleton keeps the first letter, drops other vowels and an "h" after a
 * consonant, and collapses doubled letters. A final vowel is kept as a mark,
 * so "Baghdadi" is not "Baghdad".
 */
export function skeleton(key: string): string {
  return key
    .split(' ')
    .map((word) => {
      const final = /[aeiouy]h?$/.test(word) && word.length > 1 ? '*' : '';
      const body =
        word[0]! +
        word
          .slice(1)
          .replace(/(?<=[^aeiouy])h/g, '')
          .replace(/[aeiouy]/g, '');
      return body.replace(/(.)\1+/g, '$1') + final;
    })
    .join(' ');
}

/** Each word's runs of vowels: "Qaraqosh" a, a, o; "Braun" au; "Berrien" e, ie. */
const vowelRuns = (key: string) => key.split(' ').map((word) => word.match(/[aeiouy]+/g) ?? []);

/**
 * Transliterations differ in a vowel or two, not in most of them: as many runs of vowels in each word, and fewer
 * than half begin with another letter ("Qaraqosh" and "Qaraqush"; not "Namun" and "Neumann", "Heyward" and "Howard").
 */
function vowelsAgree(a: string, b: string): boolean {
  const [runsA, runsB] = [vowelRuns(a), vowelRuns(b)];
  return runsA.every((runs, w) => {
    const other = runsB[w] ?? [];
    if (runs.length !== other.length) return false;
    const differ = runs.filter((run, i) => run[0] !== other[i]![0]).length;
    return differ * 2 < runs.length;
  });
}

/**
 * Two spellings of one name, by their skeletons: both five letters or more, with three consonants or more to
 * agree on, and vowels that mostly agree unless there are five consonants. Shorter skeletons are shared by
 * unrelated words ("Syria", "Siri" and "Soraya"; "Dubai" and "Doobie"; "Toyota" and "Tue").
 */
function spellingsAgree(a: string, b: string): boolean {
  const consonants = skeleton(a).replace(/[\s*aeiouy]/g, '').length;
  return (
    a.replace(/ /g, '').length >= 5 &&
    b.replace(/ /g, '').length >= 5 &&
    consonants >= 3 &&
    skeleton(a) === skeleton(b) &&
    // Five consonants or more agree by chance almost never: a typo's transposed vowels pass ("Islaimc State").
    (consonants >= 5 || vowelsAgree(a, b))
  );
}

/**
 * A name a person's could be, by its words: capitalised, but for the particles inside names ("Abu Bakr al-Baghdadi",
 * "Juan de la Cruz"), and not ending in an acronym ("Timothy Weeks AP", a photo credit). "Manager of Life Care
 * Solutions Europe" and "Billboard the Doobies" are not.
 */
const PARTICLE = new RegExp(`^(?:${NAME_PARTICLES}|abu|bint|umm)(?:[-‐]|$)`);
function personShaped(name: string): boolean {
  const words = name.split(/\s+/);
  return words.every((word) => /^\p{Lu}/u.test(word) || PARTICLE.test(word)) && !/^\p{Lu}{2,}$/u.test(words.at(-1)!.replace(/\./g, ''));
}

const plural = (key: string) => key.replace(/(?<=[^s])s$/, '');

export function mergeForms(extraction: Extraction, sameAs: readonly (readonly string[])[] = []): Group[] {
  const sets = new UnionFind();
  const byKey = new Map<string, FormEvidence[]>();
  for (const evidence of extraction.forms.values()) {
    const key = formKey(evidence.form);
    if (!key) continue;
    sets.add(key);
    byKey.set(key, [...(byKey.get(key) ?? []), evidence]);
  }
  const merges: Merge[] = [];
  const join = (form: string, into: string, because: string) => {
    const [a, b] = [formKey(form), formKey(into)];
    if (!byKey.has(a) || !byKey.has(b)) return;
    if (sets.union(a, b)) merges.push({ form, into, because });
  };
  const seen = (key: string) => (byKey.get(key) ?? []).reduce((n, e) => n + e.seen, 0);
  const isName = (key: string) => (byKey.get(key) ?? []).some((e) => e.source === 'name');
  // A person: titled or quoted somewhere, or a first name, or an Arabic name's "Abu", "bin"… before a capitalised word.
  const personLike = (key: string) => (byKey.get(key) ?? []).some((e) => e.roles.size > 0 || e.person > 0) || looksLikePersonName(key);
  const display = (key: string) => byKey.get(key)![0]!.form;
  const chaptersOf = (key: string) => new Set((byKey.get(key) ?? []).flatMap((e) => [...e.chapters]));
  const isTerm = (key: string) => (byKey.get(key) ?? []).some((e) => e.source === 'idea') && !isName(key);

  // What the text says outright, and what the editor's alias list says.
  // A person has no acronym: "Anupong Paochinda (AP)" credits the Associated Press.
  for (const { a, b, because } of extraction.equivalences) if (!personLike(formKey(a)) && !personLike(formKey(b))) join(a, b, because);
  for (const group of sameAs)
    for (const name of group.slice(1)) join(name, group[0]!, 'the editor’s alias list (content/topics/aliases.yaml)');

  // Indexes, each built in one pass over the keys.
  const suffixes = new Map<string, Set<string>>(); // "baghdadi", "abu ali" → the people whose names end so
  const initials = new Map<string, Set<string>>(); // "ISF" → "iraqi security forces"
  const ofHeads = new Map<string, Set<string>>(); // "old city" → "old city of mosul"
  const bareTails = new Map<string, Set<string>>(); // "tigris" → "tigris river"
  const skeletons = new Map<string, Set<string>>();
  const ledHeads = new Map<string, Set<string>>(); // "coalition" → "us led coalition"
  const describedHeads = new Map<string, Set<string>>(); // "coalition" → "international coalition"
  const add = (index: Map<string, Set<string>>, key: string, value: string) => index.set(key, (index.get(key) ?? new Set()).add(value));
  // A person under one spelling is a person under the others: "Narongsak Osatanakorn", said once, is the quoted "Narongsak Osottanakorn".
  const personSkeletons = new Set([...byKey.keys()].filter((key) => key.includes(' ') && personLike(key)).map(skeleton));
  const isPerson = (key: string) => personLike(key) || personSkeletons.has(skeleton(key));
  const firstNames = new Map<string, Set<string>>(); // "narongsak" → "narongsak osottanakorn"
  const sameSurname = new Map<string, Set<string>>(); // "stanton ric" → "rick stanton", "richard stanton"
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (words.length > 1 && isName(key)) {
      if (isPerson(key)) {
        if (personShaped(display(key)))
          for (let n = 1; n <= Math.min(2, words.length - 1); n++) add(suffixes, words.slice(-n).join(' '), key);
        add(firstNames, words[0]!, key);
        add(sameSurname, `${words.at(-1)} ${words[0]!.slice(0, 3)}`, key);
      }
      // Initials stand for words: "Andrea I" (a name cut at a pronoun) has none to give "AI".
      if (/^\p{Lu}/u.test(display(key)) && words.every((word) => word.length > 1))
        add(initials, initialsOf(display(key).split(/[\s-]+/)), key);
      const of = key.indexOf(' of ');
      if (of > 0) add(ofHeads, key.slice(0, of), key);
      const led = / (led|backed) (\S+)$/.exec(key);
      if (led) add(ledHeads, led[2]!, key);
    } else if (words.length > 1 && isTerm(key)) {
      // A recurring term has initials too: "artificial intelligence" and "AI".
      add(initials, initialsOf(key.split(/[\s-]+/)).toUpperCase(), key);
    }
    if (words.length === 2 && !isName(key) && isAdjective(words[0]!)) add(describedHeads, words[1]!, key);
    if (GENERIC_TAIL.test(key)) add(bareTails, key.replace(GENERIC_TAIL, ''), key);
    if (isName(key) && key.replace(/ /g, '').length >= 5) add(skeletons, skeleton(key), key);
  }
  // A longer name that ends with a shorter one is the same person: "Ibrahim Abu Bakr al-Baghdadi", "Abu Bakr al-Baghdadi".
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (words.length < 3 || !personLike(key)) continue;
    for (let n = 2; n < words.length; n++) {
      const tail = words.slice(-n).join(' ');
      if (byKey.has(tail) && personLike(tail)) join(display(key), display(tail), `“${display(tail)}” is the end of the same name`);
    }
  }
  // One person under a short and a full first name, or with a middle name: "Rick Stanton", "Richard Stanton", "Richard William Stanton".
  for (const keys of sameSurname.values()) {
    const list = [...keys];
    for (const a of list) {
      for (const b of list) {
        const [first, other] = [a.split(' ')[0]!, b.split(' ')[0]!];
        const middle = first === other && a !== b && a.split(' ').length < b.split(' ').length;
        const short = first.length <= 5 && other.length >= first.length + 2 && other.startsWith(first.slice(0, 3));
        if (middle) join(display(b), display(a), `“${display(a)}” with a middle name`);
        else if (short) join(display(a), display(b), `“${first}” is short for “${other}”, with the same surname`);
      }
    }
  }
  /** The one group (by root) in `set` other than `except`'s, if there is exactly one. */
  const only = (set: Set<string> | undefined, except: string) => {
    const roots = new Map<string, string>();
    for (const k of set ?? []) if (k !== except) roots.set(sets.find(k), k);
    return roots.size === 1 ? [...roots.values()][0] : undefined;
  };

  for (const [key, forms] of byKey) {
    const form = forms[0]!.form;
    // "Baghdadi" is Abu Bakr al-Baghdadi when one person in the corpus is so named.
    // Not "Europe", "China" or "AP": a place, an organisation or an acronym is no one's surname here.
    const surnameLike = !isAcronym(form) && !key.split(' ').some((word) => knownAs(word) === 'place' || knownAs(word) === 'organisation');
    const person = surnameLike && (!key.includes(' ') || key.split(' ').length <= 2) ? only(suffixes.get(key), key) : undefined;
    // In a corpus of many stories "Mars" (the planet), "Jordan" (the country) and "Taylor" (four people) stand in
    // chapters that never name "Bruno Mars" or "Robert Jordan": the surname must be a person's where it stands, or
    // stand mostly beside the full name, as a second reference does.
    const besideFullName = (full: string) => {
      const fullIn = chaptersOf(full);
      const own = [...chaptersOf(key)];
      return own.filter((c) => fullIn.has(c)).length * 2 >= own.length;
    };
    if (person && !isAdjective(form) && (personLike(key) || besideFullName(person)))
      join(form, display(person), `the only person whose name ends “${form}”`);
    // "Narongsak", quoted alone, is Narongsak Osottanakorn when one person in the corpus has that first name; so is
    // "Prayuth" with nothing said of him, when every chapter that names him alone names "Gen. Prayuth Chan-ocha" too.
    const named = key.includes(' ') ? undefined : only(firstNames.get(key), key);
    const namedIn = named === undefined ? undefined : chaptersOf(named);
    const secondReference =
      namedIn !== undefined && (knownAs(form) ?? 'first-name') === 'first-name' && [...chaptersOf(key)].every((c) => namedIn.has(c));
    if (named && (personLike(key) || secondReference) && !isAdjective(form) && !person)
      join(form, display(named), `the only person whose name begins “${form}”`);
    // "ISF" is "Iraqi Security Forces"; "ISIS" begins with the initials of "Islamic State".
    if (forms.some((e) => e.source === 'acronym') && isAcronym(form)) {
      const letters = form.replace(/\./g, '');
      const beside = extraction.together.get(letters) ?? new Set<string>();
      // Terms are counted over the whole corpus, so for them "beside" is: in a chapter with the acronym.
      const acronymChapters = chaptersOf(key);
      const besideTerm = (k: string) => isTerm(k) && [...chaptersOf(k)].some((c) => acronymChapters.has(c));
      const exact = [...(initials.get(letters) ?? [])].filter((k) => beside.has(k) || besideTerm(k)).sort((a, b) => seen(b) - seen(a))[0];
      if (exact) join(form, display(exact), `the initials of “${display(exact)}”, written beside it`);
      else {
        for (let n = letters.length - 1; n >= 2; n--) {
          // "ISIS" extends "IS" when "IS" is written too: "NASA" is not "Nature Astronomy" and two letters more.
          if (!byKey.has(formKey(letters.slice(0, n)))) continue;
          const prefix = [...(initials.get(letters.slice(0, n)) ?? [])]
            .filter((k) => seen(k) >= 3 && beside.has(k))
            .sort((a, b) => seen(b) - seen(a))[0];
          // Two letters more, as "ISIS" and "ISIL" add "Iraq and Syria", "the Levant" to "IS"; one more is another thing ("USD").
          if (prefix && letters.length - n === 2) {
            join(form, display(prefix), `begins with the initials of “${display(prefix)}”, written beside it`);
            break;
          }
        }
      }
    }
    // "Old City" is the Old City of Mosul; "Russia" is not "Russia of Crimea" (from "the annexation by Russia of Crimea").
    const whole = key.includes(' ') || knownAs(form) !== 'place' ? only(ofHeads.get(key), key) : undefined;
    if (whole) join(form, display(whole), `the short form of “${display(whole)}”`);
    for (const longer of bareTails.get(key) ?? []) join(display(longer), form, `“${display(longer)}” with a generic word added`);
    for (const spelled of skeletons.get(skeleton(key)) ?? []) {
      // A person's name and a known place are two things however they are spelled ("Steele", "Seattle").
      const personAndPlace =
        [key, spelled].some((k) => isPerson(k) || suffixes.has(k)) && [key, spelled].some((k) => knownAs(display(k)) === 'place');
      if (
        spelled !== key &&
        spelled.split(' ').length === key.split(' ').length &&
        /^\p{Lu}/u.test(form) &&
        spellingsAgree(key, spelled) &&
        !personAndPlace
      )
        join(form, display(spelled), `another spelling of “${display(spelled)}”`);
    }
    // A demonym before a name of two words or more: "Thai Navy SEALs" and "Navy SEALs", "Iraqi Security Forces" and "Security Forces".
    const words = key.split(' ');
    if (words.length >= 3 && isName(key) && !isPerson(key) && isAdjective(form.split(' ')[0]!)) {
      const bare = words.slice(1).join(' ');
      if (byKey.has(bare) && isName(bare)) join(display(bare), form, `“${form}” without “${form.split(' ')[0]}”`);
    }
    // Plural and singular: "car bomb", "car bombs"; "Wild Boar", "Wild Boars".
    if (plural(key) !== key && byKey.has(plural(key)) && key.length > 4) join(display(plural(key)), form, 'singular and plural');
  }
  // A transliterated name inside the one longer name that holds it: "Tham Luang" and "Luang Nang Non Cave" in "Tham Luang Nang Non".
  const spans = new Map<string, Set<string>>();
  for (const key of byKey.keys()) {
    const words = key.split(' ');
    if (words.length < 3 || !isName(key) || isPerson(key)) continue;
    for (let from = 0; from < words.length; from++)
      for (let to = from + 2; to <= words.length; to++) if (to - from < words.length) add(spans, words.slice(from, to).join(' '), key);
  }
  for (const key of byKey.keys()) {
    const bare = key.replace(GENERIC_TAIL, '');
    const words = bare.split(' ');
    if (words.length < 2 || !isName(key) || isPerson(key) || !isUnknownWord(words[0]!)) continue;
    const roots = new Map<string, string>();
    for (const longer of spans.get(bare) ?? []) if (sets.find(longer) !== sets.find(key)) roots.set(sets.find(longer), longer);
    if (roots.size === 1) {
      const longer = [...roots.values()][0]!;
      join(display(key), display(longer), `part of “${display(longer)}”, the only longer name that holds it`);
    }
  }
  // "the international coalition" is the US-led coalition when the corpus names only one coalition.
  for (const [head, led] of ledHeads) {
    const entity = [...led][0]!;
    const sameEntity = [...led].every((k) => sets.find(k) === sets.find(entity) || k.split(' ')[0] === entity.split(' ')[0]);
    if (!sameEntity) continue;
    for (const k of led) join(display(k), display(entity), 'the same backer and the same noun');
    for (const key of describedHeads.get(head) ?? [])
      join(display(key), display(entity), `the only ${head} the chapters name with a backer`);
  }

  const groups = new Map<string, Group>();
  for (const [key, forms] of byKey) {
    const root = sets.find(key);
    const group = groups.get(root) ?? { forms: [], merges: [] };
    group.forms.push(...forms);
    groups.set(root, group);
  }
  for (const merge of merges) groups.get(sets.find(formKey(merge.form)))?.merges.push(merge);
  return [...groups.values()];
}
