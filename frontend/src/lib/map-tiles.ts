import { DEFAULT_MAP_ATTRIBUTION, DEFAULT_MAP_TILE_URL, type AppConfig } from './config';

/** Where maps get their background tiles, and the credit the tile provider asks for. */
export interface MapTiles {
  url: string;
  attribution: string;
}

let tiles: MapTiles = { url: DEFAULT_MAP_TILE_URL, attribution: DEFAULT_MAP_ATTRIBUTION };

/** Called once at start-up with the loaded config.json. */
export function configureMapTiles(config: Pick<AppConfig, 'mapTileUrl' | 'mapAttribution'>): void {
  tiles = config.mapTileUrl
    ? { url: config.mapTileUrl, attribution: config.mapAttribution ?? '' }
    : { url: DEFAULT_MAP_TILE_URL, attribution: config.mapAttribution ?? DEFAULT_MAP_ATTRIBUTION };
}

/** The configured tiles (OpenStreetMap's standard tiles until configured). */
export function mapTiles(): MapTiles {
  return tiles;
}
