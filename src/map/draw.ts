/**
 * The map as drawing instructions, computed at build time with d3-geo: country
 * outlines as SVG paths, a marker and a label for every located place, and an
 * inset at city scale where places crowd. Pure: the outlines are passed in.
 */
import { geoBounds, geoDistance, geoEqualEarth, geoMercator, geoPath, type GeoProjection } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import type { LocatedPlace } from './gazetteer.ts';

export type CountryFeature = Feature<Geometry, { name: string }>;

export interface MapLabel {
  x: number;
  y: number;
  anchor: 'start' | 'end' | 'middle';
}

export interface MapMarker {
  slug: string;
  title: string;
  x: number;
  y: number;
  /** Where the name goes; none when it would cover another (the list beside the map names every place). */
  label?: MapLabel;
  /** A country topic: drawn as its shape, labelled at its centre, no dot. */
  country: boolean;
}

export interface MapOutline {
  name: string;
  d: string;
  /** The topic this country is, when it is one. */
  slug?: string;
}

export interface DrawnMap {
  width: number;
  height: number;
  outlines: MapOutline[];
  markers: MapMarker[];
  /** A bar of a round distance, bottom left: at city scale the only sense of size a reader gets. */
  scale?: { x: number; y: number; width: number; label: string };
}

export interface RegionMap extends DrawnMap {
  /** Where places crowd, a second map at city scale, and its frame on the first. */
  inset?: DrawnMap & { frame: { x: number; y: number; width: number; height: number }; title: string; slugs: string[] };
}

/** Map units; the SVG scales to the column, so on a 390 px phone 1 unit is about 0.6 px. */
export const MAP_WIDTH = 600;
export const LABEL_SIZE = 20;
/** Markers closer than this crowd each other: their names cannot all be written. */
const CROWDED = 22;
/** The smallest stretch of land a map shows, in degrees: one town still gets its surroundings. */
const REGION_MIN_SPAN = 4;
const INSET_MIN_SPAN = 0.06;

export function drawRegionMap(countries: readonly CountryFeature[], places: readonly LocatedPlace[]): RegionMap | undefined {
  if (places.length === 0) return undefined;
  const main = drawArea(countries, places, REGION_MIN_SPAN);
  const towns = main.markers.filter((m) => !m.country);
  const cluster = largestCluster(towns);
  if (cluster.length < 3) return withLabels(main, places, new Set());
  const inCluster = new Set(cluster.map((m) => m.slug));
  const clusterPlaces = places.filter((p) => inCluster.has(p.slug));
  // The place mentioned most names the inset and keeps its label on the main map.
  const lead = [...clusterPlaces].sort((a, b) => b.mentions - a.mentions)[0]!;
  const inset = withLabels(drawArea(countries, clusterPlaces, INSET_MIN_SPAN), clusterPlaces, new Set());
  const xs = cluster.map((m) => m.x);
  const ys = cluster.map((m) => m.y);
  const pad = 8;
  const frame = {
    x: Math.min(...xs) - pad,
    y: Math.min(...ys) - pad,
    width: Math.max(...xs) - Math.min(...xs) + 2 * pad,
    height: Math.max(...ys) - Math.min(...ys) + 2 * pad,
  };
  const unlabelled = new Set([...inCluster].filter((slug) => slug !== lead.slug));
  return {
    ...withLabels(main, places, unlabelled),
    inset: { ...inset, frame: roundBox(frame), title: lead.title, slugs: clusterPlaces.map((p) => p.slug) },
  };
}

/** A small map centred on one place, for its topic page. */
export function drawLocator(
  countries: readonly CountryFeature[],
  place: LocatedPlace,
  { width = 280, height = 180, span = 16 } = {},
): DrawnMap {
  const projection = geoMercator()
    .center(place.lonLat)
    .scale(width / ((span * Math.PI) / 180))
    .translate([width / 2, height / 2])
    .clipExtent([
      [0, 0],
      [width, height],
    ]);
  const [x, y] = projection(place.lonLat)!;
  const view = viewOf(projection, width, height);
  return {
    width,
    height,
    outlines: outlinesFor(countries, projection, place.country ? new Map([[place.country, place.slug]]) : new Map(), view),
    markers: [{ slug: place.slug, title: place.title, x: round(x), y: round(y), country: Boolean(place.country) }],
  };
}

function drawArea(countries: readonly CountryFeature[], places: readonly LocatedPlace[], minSpan: number): DrawnMap {
  const lons = places.map((p) => p.lonLat[0]);
  const lats = places.map((p) => p.lonLat[1]);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  // Room around the outermost places for their names, and at least minSpan of land.
  const lonSpan = Math.max(east - west, minSpan) * 1.3;
  const latSpan = Math.max(north - south, minSpan * 0.6) * 1.3;
  const centre: [number, number] = [(west + east) / 2, (south + north) / 2];
  const box = {
    type: 'MultiPoint' as const,
    coordinates: [
      [centre[0] - lonSpan / 2, clampLat(centre[1] - latSpan / 2)],
      [centre[0] + lonSpan / 2, clampLat(centre[1] + latSpan / 2)],
      [centre[0] - lonSpan / 2, clampLat(centre[1] + latSpan / 2)],
      [centre[0] + lonSpan / 2, clampLat(centre[1] - latSpan / 2)],
    ],
  };
  // Mercator keeps a region's shapes; a map of half the world needs an equal-area one.
  const world = lonSpan > 90 || latSpan > 60;
  const base: GeoProjection = world ? geoEqualEarth() : geoMercator();
  const width = MAP_WIDTH;
  // Not taller than square, not flatter than 2:1: a column, not a ribbon.
  const fitted = base.fitWidth(width, box);
  const [[, y0], [, y1]] = geoPath(fitted).bounds(box);
  const height = Math.round(Math.min(width, Math.max(width / 2, y1 - y0)));
  const projection = base.fitExtent(
    [
      [0, 0],
      [width, height],
    ],
    box,
  );
  projection.clipExtent([
    [0, 0],
    [width, height],
  ]);
  const countryTopics = new Map(places.flatMap((p) => (p.country ? [[p.country, p.slug] as const] : [])));
  const markers = places.map((place) => {
    const [x, y] = projection(place.lonLat)!;
    return { slug: place.slug, title: place.title, x: round(x), y: round(y), country: Boolean(place.country) };
  });
  return {
    width,
    height,
    outlines: outlinesFor(countries, projection, countryTopics, viewOf(projection, width, height)),
    markers,
    ...(world ? {} : scaleBarFor(projection, height)),
  };
}

/** The longitudes and latitudes a drawing shows, from its corners and edge midpoints, a little widened. */
function viewOf(projection: GeoProjection, width: number, height: number): LonLatBox {
  const points = [0, 0.5, 1]
    .flatMap((fx) => [0, 0.5, 1].map((fy) => projection.invert?.([fx * width, fy * height])))
    .filter((p): p is [number, number] => Boolean(p) && p!.every(Number.isFinite));
  if (points.length < 9)
    return [
      [-180, -90],
      [180, 90],
    ];
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const margin = 1;
  return [
    [Math.min(...lons) - margin, Math.min(...lats) - margin],
    [Math.max(...lons) + margin, Math.max(...lats) + margin],
  ];
}

const EARTH_RADIUS_KM = 6371;

/** A bar about a fifth of the map wide, its length a round number of kilometres. Not on a map of the world, where no one length holds. */
function scaleBarFor(projection: GeoProjection, height: number): { scale?: DrawnMap['scale'] } {
  const y = height - 18;
  const [a, b] = [projection.invert?.([20, y]), projection.invert?.([140, y])];
  if (!a || !b) return {};
  const kmPer120 = geoDistance(a, b) * EARTH_RADIUS_KM;
  const magnitude = 10 ** Math.floor(Math.log10(kmPer120));
  const km = [5, 2, 1].map((step) => step * magnitude).find((candidate) => candidate <= kmPer120) ?? magnitude;
  const label = km >= 1 ? `${km.toLocaleString('en')} km` : `${Math.round(km * 1000)} m`;
  return { scale: { x: 20, y, width: round((km / kmPer120) * 120), label } };
}

function outlinesFor(
  countries: readonly CountryFeature[],
  projection: GeoProjection,
  countryTopics: ReadonlyMap<string, string>,
  view: LonLatBox,
): MapOutline[] {
  // Whole units are finer than a screen shows at this size, and keep the page small.
  const path = geoPath(projection).digits(0);
  return countries.flatMap((feature) => {
    // Drawing a country is the costly part: skip those whose bounds miss the view.
    if (!mayOverlap(boundsOf(feature), view)) return [];
    const d = path(feature);
    if (!d || !/\d/.test(d)) return [];
    const slug = countryTopics.get(feature.properties.name);
    return [{ name: feature.properties.name, d, ...(slug && { slug }) }];
  });
}

/** Names placed most-mentioned first, each where it covers no other name. */
function withLabels<T extends DrawnMap>(map: T, places: readonly LocatedPlace[], unlabelled: ReadonlySet<string>): T {
  const mentions = new Map(places.map((p) => [p.slug, p.mentions]));
  // The scale bar's corner is taken before any name.
  const taken: Box[] = map.scale ? [box(map.scale.x, map.scale.y - 16, map.scale.width + 70, 24)] : [];
  const order = [...map.markers].sort(
    (a, b) => Number(b.country) - Number(a.country) || (mentions.get(b.slug) ?? 0) - (mentions.get(a.slug) ?? 0),
  );
  const labels = new Map<string, MapLabel>();
  for (const marker of order) {
    if (unlabelled.has(marker.slug)) continue;
    const textWidth = marker.title.length * LABEL_SIZE * 0.52;
    const tries: Array<MapLabel & { box: Box }> = marker.country
      ? [
          {
            x: marker.x,
            y: marker.y + LABEL_SIZE / 3,
            anchor: 'middle',
            box: box(marker.x - textWidth / 2, marker.y - LABEL_SIZE / 2, textWidth, LABEL_SIZE),
          },
        ]
      : [
          {
            x: marker.x + 7,
            y: marker.y + LABEL_SIZE / 3,
            anchor: 'start',
            box: box(marker.x + 7, marker.y - LABEL_SIZE / 2, textWidth, LABEL_SIZE),
          },
          {
            x: marker.x - 7,
            y: marker.y + LABEL_SIZE / 3,
            anchor: 'end',
            box: box(marker.x - 7 - textWidth, marker.y - LABEL_SIZE / 2, textWidth, LABEL_SIZE),
          },
          {
            x: marker.x,
            y: marker.y - 8,
            anchor: 'middle',
            box: box(marker.x - textWidth / 2, marker.y - 8 - LABEL_SIZE, textWidth, LABEL_SIZE),
          },
          {
            x: marker.x,
            y: marker.y + 8 + LABEL_SIZE * 0.8,
            anchor: 'middle',
            box: box(marker.x - textWidth / 2, marker.y + 8, textWidth, LABEL_SIZE),
          },
        ];
    const fits = tries.find((t) => inside(t.box, map.width, map.height) && !taken.some((other) => overlaps(other, t.box)));
    if (!fits) continue;
    taken.push(fits.box);
    labels.set(marker.slug, { x: round(fits.x), y: round(fits.y), anchor: fits.anchor });
  }
  return { ...map, markers: map.markers.map((m) => (labels.has(m.slug) ? { ...m, label: labels.get(m.slug)! } : m)) };
}

/** The biggest group of markers each within CROWDED of another: one pass over a grid, not every pair. */
function largestCluster(markers: readonly MapMarker[]): MapMarker[] {
  const cell = (v: number) => Math.floor(v / CROWDED);
  const grid = new Map<string, number[]>();
  for (const [i, m] of markers.entries()) grid.set(`${cell(m.x)},${cell(m.y)}`, [...(grid.get(`${cell(m.x)},${cell(m.y)}`) ?? []), i]);
  const parent = markers.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i]!)));
  markers.forEach((m, i) => {
    for (let dx = -1; dx <= 1; dx++)
      for (let dy = -1; dy <= 1; dy++)
        for (const j of grid.get(`${cell(m.x) + dx},${cell(m.y) + dy}`) ?? []) {
          if (j !== i && Math.hypot(m.x - markers[j]!.x, m.y - markers[j]!.y) < CROWDED) parent[find(i)] = find(j);
        }
  });
  const groups = new Map<number, MapMarker[]>();
  for (const [i, m] of markers.entries()) groups.set(find(i), [...(groups.get(find(i)) ?? []), m]);
  return [...groups.values()].sort((a, b) => b.length - a.length)[0] ?? [];
}

/** [[west, south], [east, north]] in degrees; west > east when it crosses the antimeridian. */
type LonLatBox = [[number, number], [number, number]];
const boundsCache = new WeakMap<CountryFeature, LonLatBox>();
function boundsOf(feature: CountryFeature): LonLatBox {
  let bounds = boundsCache.get(feature);
  if (!bounds) boundsCache.set(feature, (bounds = geoBounds(feature)));
  return bounds;
}
function mayOverlap([[w1, s1], [e1, n1]]: LonLatBox, [[w2, s2], [e2, n2]]: LonLatBox): boolean {
  if (s1 > n2 || s2 > n1) return false;
  // Across the antimeridian a box's longitudes wrap: keep it rather than reason about it.
  if (w1 > e1 || w2 > e2) return true;
  return w1 <= e2 && w2 <= e1;
}

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
const box = (x: number, y: number, width: number, height: number): Box => ({ x, y, width, height });
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const inside = (b: Box, width: number, height: number) =>
  b.x >= 2 && b.y >= 2 && b.x + b.width <= width - 2 && b.y + b.height <= height - 2;
const round = (v: number) => Math.round(v * 10) / 10;
const roundBox = (b: Box): Box => ({ x: round(b.x), y: round(b.y), width: round(b.width), height: round(b.height) });
const clampLat = (lat: number) => Math.max(-80, Math.min(84, lat));
