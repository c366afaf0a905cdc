import type { Region } from '../../gql/graphql';
import { REGIONS } from '../../lib/labels';
import { shadeOf, TILE_NAMES, TILES } from './coverage-scale';

const SIZE = 64;
const GAP = 6;

/**
 * Italy's regions as a tile map coloured by one figure (Convergence regions outlined). A picture for
 * sighted readers: the same figures are in the table next to it, so screen readers read that.
 */
export function CoverageTileMap({ values, convergence, label }: { values: Map<Region, number>; convergence: Set<Region>; label: string }) {
  const max = Math.max(0, ...values.values());
  const width = 5 * (SIZE + GAP);
  const height = 8 * (SIZE + GAP);
  return (
    <svg viewBox={`0 0 ${width} ${height}`} className="hub-tile-map" role="img" aria-label={`Mappa delle regioni: ${label}. Gli stessi valori sono nella tabella seguente.`}>
      {(Object.entries(TILES) as [Region, [number, number]][]).map(([region, [col, row]]) => {
        const value = values.get(region) ?? 0;
        const shade = shadeOf(value, max);
        const x = col * (SIZE + GAP);
        const y = row * (SIZE + GAP);
        return (
          <g key={region}>
            <title>{`${REGIONS[region]}: ${value}`}</title>
            <rect x={x} y={y} width={SIZE} height={SIZE} rx={6} fill={shade.fill} stroke={convergence.has(region) ? '#b3001b' : '#5c6f82'} strokeWidth={convergence.has(region) ? 4 : 1} />
            <text x={x + SIZE / 2} y={y + 26} textAnchor="middle" fontSize="15" fill={shade.text}>
              {TILE_NAMES[region]}
            </text>
            <text x={x + SIZE / 2} y={y + 48} textAnchor="middle" fontSize="17" fontWeight="bold" fill={shade.text}>
              {value}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
