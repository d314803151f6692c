import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_MAP_ATTRIBUTION, DEFAULT_MAP_TILE_URL, parseConfig } from './config';

const base = { apiBaseUrl: 'http://localhost:8080/', oidcAuthority: 'http://idp/realms/kickstart', oidcClientId: 'kickstart-spa' };

describe('parseConfig', () => {
  it('uses OpenStreetMap’s standard tiles when no map tiles are configured', () => {
    expect(parseConfig(base)).toEqual({
      apiBaseUrl: 'http://localhost:8080',
      oidcAuthority: 'http://idp/realms/kickstart',
      oidcClientId: 'kickstart-spa',
      mapTileUrl: DEFAULT_MAP_TILE_URL,
      mapAttribution: DEFAULT_MAP_ATTRIBUTION,
    });
  });

  it('takes a tile server of the deployer’s choosing, with its credit', () => {
    expect(parseConfig({ ...base, mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png', mapAttribution: '© Example' })).toMatchObject({
      mapTileUrl: 'https://tiles.example.org/{z}/{x}/{y}.png',
      mapAttribution: '© Example',
    });
  });

  it('refuses a tile address without {z}, {x} and {y}', () => {
    expect(() => parseConfig({ ...base, mapTileUrl: 'https://tiles.example.org/tile.png' })).toThrow(ConfigError);
    expect(() => parseConfig({ ...base, mapTileUrl: 42 })).toThrow(/mapTileUrl/);
  });
});
