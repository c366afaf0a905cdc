import { startTransition, useOptimistic } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../gql';
import type { Region, Theme } from '../gql/graphql';
import { CoverageHeatTable } from '../components/coverage/CoverageHeatTable';
import { CoverageTileMap } from '../components/coverage/CoverageTileMap';
import { SHADES } from '../components/coverage/coverage-scale';
import { ErrorMessage, Loading, PageTitle, SelectField } from '../components/ui';
import { COVERAGE_FIGURES, type CoverageFigure, entries, REGIONS, THEMES } from '../lib/labels';

const COVERAGE = graphql(`
  query Coverage {
    coverage { region theme practicesOffered adoptionsInUse openNeeds activeTwinnings }
  }
`);

const CONVERGENCE: Set<Region> = new Set(['CALABRIA', 'CAMPANIA', 'PUGLIA', 'SICILIA']);

/** Mappa: what is offered, in use, needed and being transferred, region by region and theme by theme. */
export default function Coverage() {
  const [params, setParams] = useSearchParams();
  // The choices live in the address; the router applies a new address in a transition, so the radio
  // buttons and the select show the choice optimistically meanwhile (else React puts the old one back
  // until the transition ends, and the control seems not to take the click).
  const [choice, choose] = useOptimistic<{ figure: CoverageFigure; theme: Theme | '' }, { dato?: CoverageFigure; tema?: Theme | '' }>(
    {
      figure: ((params.get('dato') as CoverageFigure) in COVERAGE_FIGURES ? params.get('dato') : 'openNeeds') as CoverageFigure,
      theme: (params.get('tema') as Theme) || '',
    },
    (current, change) => ({ figure: change.dato ?? current.figure, theme: change.tema ?? current.theme }),
  );
  const { figure, theme } = choice;
  const { data, loading, error } = useQuery(COVERAGE);
  const set = (key: 'dato' | 'tema', value: string) =>
    startTransition(() => {
      choose(key === 'dato' ? { dato: value as CoverageFigure } : { tema: value as Theme | '' });
      const next = new URLSearchParams(params);
      if (value) next.set(key, value);
      else next.delete(key);
      setParams(next, { replace: true });
    });
  const cells = data?.coverage ?? [];
  const perRegion = new Map<Region, number>();
  for (const c of cells) if (!theme || c.theme === theme) perRegion.set(c.region, (perRegion.get(c.region) ?? 0) + c[figure]);
  const mapLabel = `${COVERAGE_FIGURES[figure]}${theme ? `, tema ${THEMES[theme]}` : ', tutti i temi'}`;

  return (
    <>
      <PageTitle title="Mappa">Mappa della copertura</PageTitle>
      <p>
        Le quattro regioni dell’obiettivo Convergenza a confronto con il resto d’Italia: dove le buone pratiche ci sono, dove sono in uso, dove
        servono ancora e dove i gemellaggi le stanno portando.
      </p>
      <fieldset className="mb-3">
        <legend className="form-label fw-semibold fs-6">Dato da mostrare</legend>
        <div className="d-flex flex-wrap gap-3">
          {entries(COVERAGE_FIGURES).map(([key, label]) => (
            <div className="form-check form-check-inline" key={key}>
              <input className="form-check-input" type="radio" name="coverage-figure" id={`figure-${key}`} checked={figure === key} onChange={() => set('dato', key)} />
              <label className="form-check-label" htmlFor={`figure-${key}`}>
                {label}
              </label>
            </div>
          ))}
        </div>
      </fieldset>
      {loading && !data && <Loading />}
      <ErrorMessage error={error} />
      {data && (
        <>
          <CoverageHeatTable cells={cells} figure={figure} convergence={CONVERGENCE} />
          <section aria-labelledby="map-title" className="row g-4 mt-2">
            <h2 id="map-title" className="h4 col-12 mb-0">
              Le regioni sulla mappa
            </h2>
            <div className="col-12 col-md-4">
              <SelectField label="Tema della mappa" value={theme} anyLabel="Tutti i temi" options={THEMES} onChange={(v) => set('tema', v)} />
              <ul className="list-unstyled small" aria-label="Legenda">
                <li>
                  <span className="hub-legend-swatch" style={{ background: SHADES[0].fill }} /> nessuno
                </li>
                <li>
                  <span className="hub-legend-swatch" style={{ background: SHADES[2].fill }} /> alcuni
                </li>
                <li>
                  <span className="hub-legend-swatch" style={{ background: SHADES[4].fill }} /> i più alti
                </li>
                <li>
                  <span className="hub-legend-swatch hub-legend-convergence" /> bordo rosso: regione Convergenza
                </li>
              </ul>
            </div>
            <div className="col-12 col-md-4">
              <CoverageTileMap values={perRegion} convergence={CONVERGENCE} label={mapLabel} />
            </div>
            <div className="col-12 col-md-4">
              <table className="table table-sm" data-testid="coverage-region-table">
                <caption>{mapLabel}, per regione</caption>
                <thead>
                  <tr>
                    <th scope="col">Regione</th>
                    <th scope="col" className="text-end">
                      Totale
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {[...perRegion.entries()].map(([region, value]) => (
                    <tr key={region}>
                      <th scope="row">
                        {REGIONS[region]}
                        {CONVERGENCE.has(region) && <span className="visually-hidden"> (Convergenza)</span>}
                      </th>
                      <td className="text-end">{value}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </>
  );
}
