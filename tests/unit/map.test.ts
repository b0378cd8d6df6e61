/**
 * The map's pure parts: which town a place topic is, and how the drawing is
 * laid out. The gazetteer here is a handful of made-up and real-looking towns,
 * so each rule is seen on its own.
 */
import { describe, expect, it } from 'vitest';
import { drawLocator, drawRegionMap, MAP_WIDTH, type CountryFeature } from '../../src/map/draw.ts';
import {
  buildGazetteer,
  locatePlaces,
  placeKey,
  type CountryShape,
  type GazetteerTown,
  type PlaceToLocate,
} from '../../src/map/gazetteer.ts';

const town = (name: string, country: string, population: number, lonLat: [number, number]): GazetteerTown => ({
  name,
  country,
  population,
  lonLat,
});
const place = (title: string, extra: Partial<PlaceToLocate> = {}): PlaceToLocate => ({
  slug: title.toLowerCase().replace(/\W+/g, '-'),
  title,
  aliases: [],
  mentions: 3,
  ...extra,
});

const COUNTRIES: CountryShape[] = [
  { name: 'Iraq', iso2: 'IQ', otherNames: ['Iraq'], centroid: [43.7, 33.0] },
  { name: 'Turkey', iso2: 'TR', otherNames: ['Türkiye', 'Turkey'], centroid: [35.2, 39.0] },
  { name: 'United States of America', iso2: 'US', otherNames: ['United States', 'USA', 'US'], centroid: [-98.6, 39.8] },
];

describe('placeKey: two spellings of one place meet', () => {
  it.each([
    ['Tal Afar', 'Tall ‘Afar'],
    ['Fallujah', 'Al Fallūjah'],
    ['Raqqa', 'Ar Raqqah'],
    ['Qayyarah', 'Al Qayyārah'],
    ['Hamdaniya', 'Al-Hamdaniya'],
    ['Sulaymaniyah', 'As Sulaymānīyah'],
  ])('%s and %s', (news, geonames) => {
    expect(placeKey(news)).toBe(placeKey(geonames));
  });

  it.each([
    ['Mosul', 'Mosel'],
    ['Hit', 'Heet Street'],
    ['Raqqa', 'Riqqa'],
  ])('%s and %s stay apart', (a, b) => {
    expect(placeKey(a)).not.toBe(placeKey(b));
  });
});

describe('locatePlaces', () => {
  const gazetteer = buildGazetteer([
    town('Mosul', 'IQ', 1_739_800, [43.12, 36.34]),
    town('Tall ‘Afar', 'IQ', 200_000, [42.45, 36.37]),
    town('Al Fallūjah', 'IQ', 190_000, [43.78, 33.35]),
    // A bigger namesake abroad, and a village that shares a district's name.
    town('Fallujah', 'XX', 500_000, [10, 10]),
    town('Dawasa', 'YY', 2_000, [-60, -10]),
    town('Springfield', 'US', 160_000, [-89.6, 39.8]),
    town('Springfield', 'US', 60_000, [-72.6, 42.1]),
  ]);

  it('uses the editor’s coordinates before any gazetteer, as [latitude, longitude]', () => {
    const { located } = locatePlaces([place('Mosul', { coordinates: [36.3, 43.1] })], gazetteer, COUNTRIES);
    expect(located).toEqual([expect.objectContaining({ slug: 'mosul', lonLat: [43.1, 36.3], by: 'editor' })]);
  });

  it('finds a town spelled as the news spells it, and says which entry it took', () => {
    const { located } = locatePlaces([place('Tal Afar'), place('Mosul')], gazetteer, COUNTRIES);
    expect(located[0]).toMatchObject({ slug: 'tal-afar', lonLat: [42.45, 36.37], by: 'gazetteer', matched: 'Tall ‘Afar, IQ' });
  });

  it('tries the aliases when the title is not in the gazetteer', () => {
    const { located } = locatePlaces([place('Tel Afar district', { aliases: ['Tal Afar'] }), place('Mosul')], gazetteer, COUNTRIES);
    expect(located.map((p) => p.slug)).toContain('tel-afar-district');
  });

  it('prefers the namesake in the corpus’s own countries over a bigger one abroad', () => {
    const { located } = locatePlaces(
      [place('Mosul', { mentions: 40 }), place('Fallujah'), place('Iraq', { mentions: 10 })],
      gazetteer,
      COUNTRIES,
    );
    expect(located.find((p) => p.slug === 'fallujah')).toMatchObject({ lonLat: [43.78, 33.35] });
  });

  it('leaves a place unlocated rather than take a village abroad', () => {
    const { located, unlocated } = locatePlaces([place('Mosul', { mentions: 40 }), place('Dawasa')], gazetteer, COUNTRIES);
    expect(located.map((p) => p.slug)).toEqual(['mosul']);
    expect(unlocated.map((p) => p.title)).toEqual(['Dawasa']);
  });

  it('takes the biggest namesake when the corpus gives no country to prefer', () => {
    const { located } = locatePlaces([place('Springfield')], gazetteer, COUNTRIES);
    expect(located[0]).toMatchObject({ lonLat: [-89.6, 39.8] });
  });

  it('knows a country by any of its names, and draws it as the country', () => {
    const { located } = locatePlaces([place('Türkiye'), place('United States', { coordinates: [38, -97] })], gazetteer, COUNTRIES);
    expect(located).toEqual([
      expect.objectContaining({ slug: 't-rkiye', by: 'country', country: 'Turkey', lonLat: [35.2, 39.0] }),
      // The editor's point places the label; the shape is still the country's.
      expect.objectContaining({ slug: 'united-states', by: 'editor', country: 'United States of America', lonLat: [-97, 38] }),
    ]);
  });
});

/** A square country around a point, wound as d3-geo expects (clockwise on the sphere). */
function square(name: string, [lon, lat]: [number, number], half: number): CountryFeature {
  return {
    type: 'Feature',
    properties: { name },
    geometry: {
      type: 'Polygon',
      coordinates: [
        [
          [lon - half, lat - half],
          [lon - half, lat + half],
          [lon + half, lat + half],
          [lon + half, lat - half],
          [lon - half, lat - half],
        ],
      ],
    },
  };
}

describe('drawRegionMap', () => {
  const land = [square('Iraq', [44, 33], 5), square('Far Away', [-100, -30], 3)];
  const located = (slug: string, lonLat: [number, number], mentions = 1, country?: string) => ({
    slug,
    title: slug.replace(/-/g, ' '),
    mentions,
    lonLat,
    by: 'editor' as const,
    ...(country && { country }),
  });

  it('puts every place inside the drawing, draws only the land in view, and names the country topic’s shape', () => {
    const map = drawRegionMap(land, [
      located('baghdad', [44.4, 33.3], 5),
      located('basra', [47.8, 30.5], 2),
      located('iraq', [43.7, 33], 9, 'Iraq'),
    ])!;
    expect(map.width).toBe(MAP_WIDTH);
    for (const marker of map.markers) {
      expect(marker.x).toBeGreaterThan(0);
      expect(marker.x).toBeLessThan(map.width);
      expect(marker.y).toBeGreaterThan(0);
      expect(marker.y).toBeLessThan(map.height);
    }
    expect(map.outlines.map((o) => [o.name, o.slug])).toEqual([['Iraq', 'iraq']]);
    expect(map.markers.find((m) => m.slug === 'iraq')).toMatchObject({ country: true });
    expect(map.inset).toBeUndefined();
    expect(map.scale?.label).toMatch(/^\d+ km$/);
  });

  it('draws crowded places again in an inset at city scale, each named there, and keeps one name on the main map', () => {
    const city = [
      located('old-city', [43.128, 36.342], 7),
      located('east-side', [43.17, 36.36], 4),
      located('west-side', [43.11, 36.33], 9),
      located('mosul', [43.13, 36.34], 46),
    ];
    const map = drawRegionMap(land, [...city, located('basra', [47.8, 30.5], 2)])!;
    expect(new Set(map.inset?.slugs)).toEqual(new Set(['old-city', 'east-side', 'west-side', 'mosul']));
    expect(map.inset?.title).toBe('mosul');
    expect(map.inset?.markers.every((m) => m.label)).toBe(true);
    expect(
      map.markers
        .filter((m) => m.label)
        .map((m) => m.slug)
        .sort(),
    ).toEqual(['basra', 'mosul']);
    // At city scale the bar measures in kilometres or metres, not hundreds of kilometres.
    expect(map.inset?.scale?.label).toMatch(/^(\d m|\d+ m|[125] km)$/);
  });

  it('gives no map when no place is located', () => {
    expect(drawRegionMap(land, [])).toBeUndefined();
  });
});

describe('drawLocator', () => {
  it('centres the place in a small map with the land around it', () => {
    const map = drawLocator([square('Iraq', [44, 33], 5)], {
      slug: 'mosul',
      title: 'Mosul',
      mentions: 1,
      lonLat: [43.13, 36.34],
      by: 'editor',
    });
    expect(map.markers).toEqual([expect.objectContaining({ x: map.width / 2, y: map.height / 2, country: false })]);
    expect(map.outlines).toHaveLength(1);
  });
});

describe('a collection that spans the world', () => {
  it('draws every continent’s places on one map, in an equal-area projection, with the land in view', () => {
    const land = [
      {
        type: 'Feature',
        properties: { name: 'North' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [-100, 30],
              [-100, 50],
              [-80, 50],
              [-80, 30],
              [-100, 30],
            ],
          ],
        },
      },
      {
        type: 'Feature',
        properties: { name: 'East' },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [130, -35],
              [130, -20],
              [150, -20],
              [150, -35],
              [130, -35],
            ],
          ],
        },
      },
    ] as CountryFeature[];
    const map = drawRegionMap(land, [
      { slug: 'chicago', title: 'Chicago', mentions: 2, lonLat: [-87.6, 41.9], by: 'editor' },
      { slug: 'alice-springs', title: 'Alice Springs', mentions: 2, lonLat: [133.9, -23.7], by: 'editor' },
    ])!;
    expect(map.outlines.map((o) => o.name)).toEqual(['North', 'East']);
    expect(map.markers.every((m) => m.x > 0 && m.x < map.width && m.y > 0 && m.y < map.height)).toBe(true);
    // At this scale a kilometre is not the same length everywhere on the drawing.
    expect(map.scale).toBeUndefined();
  });
});
