/** Five shades of blue, light to dark, each with a text colour of at least 4.5:1 contrast on it. */
export const SHADES = [
  { fill: '#ffffff', text: '#1a1a1a' },
  { fill: '#dcebf8', text: '#1a1a1a' },
  { fill: '#a8cbef', text: '#1a1a1a' },
  { fill: '#2f6db5', text: '#ffffff' },
  { fill: '#0b3a73', text: '#ffffff' },
] as const;

/** The shade of `value` on a scale up to `max`: 0 alone is white, the rest in four steps. */
export function shadeOf(value: number, max: number): (typeof SHADES)[number] {
  if (value <= 0 || max <= 0) return SHADES[0];
  return SHADES[Math.min(4, 1 + Math.floor((value / max) * 3.999))];
}

/** Where each region sits on the tile map of Italy (column, row), north to south. */
export const TILES: Record<string, [number, number]> = {
  VALLE_D_AOSTA: [0, 0],
  LOMBARDIA: [1, 0],
  TRENTINO_ALTO_ADIGE: [2, 0],
  FRIULI_VENEZIA_GIULIA: [3, 0],
  PIEMONTE: [0, 1],
  EMILIA_ROMAGNA: [1, 1],
  VENETO: [2, 1],
  LIGURIA: [0, 2],
  TOSCANA: [1, 2],
  MARCHE: [2, 2],
  LAZIO: [1, 3],
  UMBRIA: [2, 3],
  ABRUZZO: [3, 3],
  SARDEGNA: [0, 4],
  CAMPANIA: [2, 4],
  MOLISE: [3, 4],
  PUGLIA: [4, 4],
  BASILICATA: [3, 5],
  CALABRIA: [3, 6],
  SICILIA: [2, 7],
};

/** Short names that fit a tile. */
export const TILE_NAMES: Record<string, string> = {
  VALLE_D_AOSTA: 'VdA',
  LOMBARDIA: 'Lom',
  TRENTINO_ALTO_ADIGE: 'TAA',
  FRIULI_VENEZIA_GIULIA: 'FVG',
  PIEMONTE: 'Pie',
  EMILIA_ROMAGNA: 'E-R',
  VENETO: 'Ven',
  LIGURIA: 'Lig',
  TOSCANA: 'Tos',
  MARCHE: 'Mar',
  LAZIO: 'Laz',
  UMBRIA: 'Umb',
  ABRUZZO: 'Abr',
  SARDEGNA: 'Sar',
  CAMPANIA: 'Cam',
  MOLISE: 'Mol',
  PUGLIA: 'Pug',
  BASILICATA: 'Bas',
  CALABRIA: 'Cal',
  SICILIA: 'Sic',
};
