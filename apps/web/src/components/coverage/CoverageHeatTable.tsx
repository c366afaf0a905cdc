import { Link } from 'react-router';
import type { Region, Theme } from '../../gql/graphql';
import { COVERAGE_FIGURES, type CoverageFigure, REGIONS, THEMES } from '../../lib/labels';
import { shadeOf } from './coverage-scale';

export interface CoverageCellData {
  region: Region;
  theme: Theme;
  practicesOffered: number;
  adoptionsInUse: number;
  openNeeds: number;
  activeTwinnings: number;
}

/** Where a cell leads: the list behind its figure, filtered as far as that list can be. */
function cellLink(figure: CoverageFigure, region: Region, theme: Theme): string {
  switch (figure) {
    case 'practicesOffered':
      return `/pratiche?regione=${region}&tema=${theme}`;
    case 'openNeeds':
      return `/fabbisogni?regione=${region}&tema=${theme}&stato=OPEN`;
    case 'adoptionsInUse':
      return `/pratiche?tema=${theme}`;
    case 'activeTwinnings':
      return '/gemellaggi?stato=ACTIVE';
  }
}

/** The region × theme heat map as a table: Convergence regions first, then the rest of Italy, each with its total. */
export function CoverageHeatTable({ cells, figure, convergence }: { cells: CoverageCellData[]; figure: CoverageFigure; convergence: Set<Region> }) {
  const themes = Object.keys(THEMES) as Theme[];
  const regions = [...new Set(cells.map((c) => c.region))];
  const byKey = new Map(cells.map((c) => [`${c.region}:${c.theme}`, c[figure]]));
  const max = Math.max(0, ...cells.map((c) => c[figure]));
  const groups: Array<[string, Region[]]> = [
    ['Regioni Convergenza', regions.filter((r) => convergence.has(r))],
    ['Resto d’Italia', regions.filter((r) => !convergence.has(r))],
  ];
  const total = (list: Region[], theme: Theme) => list.reduce((sum, r) => sum + (byKey.get(`${r}:${theme}`) ?? 0), 0);
  return (
    <div className="table-responsive">
      <table className="table table-sm hub-heat-table" data-testid="coverage-table">
        <caption>
          {COVERAGE_FIGURES[figure]} per regione e tema. Ogni numero porta all’elenco corrispondente.
        </caption>
        <thead>
          <tr>
            <th scope="col">Regione</th>
            {themes.map((t) => (
              <th scope="col" key={t}>
                {THEMES[t]}
              </th>
            ))}
          </tr>
        </thead>
        {groups
          .filter(([, list]) => list.length > 0)
          .map(([name, list]) => (
            <tbody key={name}>
              <tr>
                <th scope="rowgroup" colSpan={themes.length + 1} className="bg-light">
                  {name}
                </th>
              </tr>
              {list.map((region) => (
                <tr key={region}>
                  <th scope="row">{REGIONS[region]}</th>
                  {themes.map((theme) => {
                    const value = byKey.get(`${region}:${theme}`) ?? 0;
                    const shade = shadeOf(value, max);
                    return (
                      <td key={theme} style={{ background: shade.fill, color: shade.text }} className="text-end">
                        <Link to={cellLink(figure, region, theme)} style={{ color: shade.text }} aria-label={`${value}: ${COVERAGE_FIGURES[figure]}, ${REGIONS[region]}, ${THEMES[theme]}`}>
                          {value}
                        </Link>
                      </td>
                    );
                  })}
                </tr>
              ))}
              <tr className="fw-semibold">
                <th scope="row">Totale {name === 'Regioni Convergenza' ? 'Convergenza' : 'resto d’Italia'}</th>
                {themes.map((theme) => (
                  <td key={theme} className="text-end">
                    {total(list, theme)}
                  </td>
                ))}
              </tr>
            </tbody>
          ))}
      </table>
    </div>
  );
}
