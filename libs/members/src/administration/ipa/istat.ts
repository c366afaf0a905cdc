import { AdministrationKind, Region } from '../../enums.js';

/** ISTAT region codes (the first two digits of the codice ISTAT of a region). */
export const ISTAT_REGIONS: Readonly<Record<string, Region>> = {
  '01': Region.PIEMONTE,
  '02': Region.VALLE_D_AOSTA,
  '03': Region.LOMBARDIA,
  '04': Region.TRENTINO_ALTO_ADIGE,
  '05': Region.VENETO,
  '06': Region.FRIULI_VENEZIA_GIULIA,
  '07': Region.LIGURIA,
  '08': Region.EMILIA_ROMAGNA,
  '09': Region.TOSCANA,
  '10': Region.UMBRIA,
  '11': Region.MARCHE,
  '12': Region.LAZIO,
  '13': Region.ABRUZZO,
  '14': Region.MOLISE,
  '15': Region.CAMPANIA,
  '16': Region.PUGLIA,
  '17': Region.BASILICATA,
  '18': Region.CALABRIA,
  '19': Region.SICILIA,
  '20': Region.SARDEGNA,
};

/**
 * ISTAT province codes (the first three digits of a municipality's six-digit code) with the
 * ISTAT code of their region and the province's sigla. The Sardinian codes of the 2005–2016
 * provinces and of the 2025 reorganisation have no sigla in the `province` table: they give the
 * region only.
 */
const ISTAT_PROVINCES: ReadonlyArray<[province: string, region: string, sigla: string | null]> = [
  ['001', '01', 'TO'], ['002', '01', 'VC'], ['003', '01', 'NO'], ['004', '01', 'CN'], ['005', '01', 'AT'], ['006', '01', 'AL'],
  ['096', '01', 'BI'], ['103', '01', 'VB'],
  ['007', '02', 'AO'],
  ['012', '03', 'VA'], ['013', '03', 'CO'], ['014', '03', 'SO'], ['015', '03', 'MI'], ['016', '03', 'BG'], ['017', '03', 'BS'],
  ['018', '03', 'PV'], ['019', '03', 'CR'], ['020', '03', 'MN'], ['097', '03', 'LC'], ['098', '03', 'LO'], ['108', '03', 'MB'],
  ['021', '04', 'BZ'], ['022', '04', 'TN'],
  ['023', '05', 'VR'], ['024', '05', 'VI'], ['025', '05', 'BL'], ['026', '05', 'TV'], ['027', '05', 'VE'], ['028', '05', 'PD'], ['029', '05', 'RO'],
  ['030', '06', 'UD'], ['031', '06', 'GO'], ['032', '06', 'TS'], ['093', '06', 'PN'],
  ['008', '07', 'IM'], ['009', '07', 'SV'], ['010', '07', 'GE'], ['011', '07', 'SP'],
  ['033', '08', 'PC'], ['034', '08', 'PR'], ['035', '08', 'RE'], ['036', '08', 'MO'], ['037', '08', 'BO'], ['038', '08', 'FE'],
  ['039', '08', 'RA'], ['040', '08', 'FC'], ['099', '08', 'RN'],
  ['045', '09', 'MS'], ['046', '09', 'LU'], ['047', '09', 'PT'], ['048', '09', 'FI'], ['049', '09', 'LI'], ['050', '09', 'PI'],
  ['051', '09', 'AR'], ['052', '09', 'SI'], ['053', '09', 'GR'], ['100', '09', 'PO'],
  ['054', '10', 'PG'], ['055', '10', 'TR'],
  ['041', '11', 'PU'], ['042', '11', 'AN'], ['043', '11', 'MC'], ['044', '11', 'AP'], ['109', '11', 'FM'],
  ['056', '12', 'VT'], ['057', '12', 'RI'], ['058', '12', 'RM'], ['059', '12', 'LT'], ['060', '12', 'FR'],
  ['066', '13', 'AQ'], ['067', '13', 'TE'], ['068', '13', 'PE'], ['069', '13', 'CH'],
  ['070', '14', 'CB'], ['094', '14', 'IS'],
  ['061', '15', 'CE'], ['062', '15', 'BN'], ['063', '15', 'NA'], ['064', '15', 'AV'], ['065', '15', 'SA'],
  ['071', '16', 'FG'], ['072', '16', 'BA'], ['073', '16', 'TA'], ['074', '16', 'BR'], ['075', '16', 'LE'], ['110', '16', 'BT'],
  ['076', '17', 'PZ'], ['077', '17', 'MT'],
  ['078', '18', 'CS'], ['079', '18', 'CZ'], ['080', '18', 'RC'], ['101', '18', 'KR'], ['102', '18', 'VV'],
  ['081', '19', 'TP'], ['082', '19', 'PA'], ['083', '19', 'ME'], ['084', '19', 'AG'], ['085', '19', 'CL'], ['086', '19', 'EN'],
  ['087', '19', 'CT'], ['088', '19', 'RG'], ['089', '19', 'SR'],
  ['090', '20', 'SS'], ['091', '20', 'NU'], ['092', '20', 'CA'], ['095', '20', 'OR'], ['111', '20', 'SU'],
  ['104', '20', null], ['105', '20', null], ['106', '20', null], ['107', '20', null],
  ['112', '20', null], ['113', '20', null], ['114', '20', null], ['115', '20', null], ['116', '20', null], ['117', '20', null], ['118', '20', null],
];

const BY_PROVINCE = new Map(ISTAT_PROVINCES.map(([province, region, sigla]) => [province, { region: ISTAT_REGIONS[region], province: sigla }]));

/** Region and province sigla of a six-digit ISTAT municipality code; null for a code the table does not know. */
export function placeOfIstatCode(istatCode: string): { region: Region; province: string | null } | null {
  return /^\d{6}$/.test(istatCode) ? (BY_PROVINCE.get(istatCode.slice(0, 3)) ?? null) : null;
}

/**
 * The kind of an administration from its IPA category (`Codice_Categoria`): L6 comuni, L18 unioni
 * di comuni, L45 città metropolitane, L5 province, L4 regioni e province autonome, L7/L8/L22
 * sanità, L17 università, C1/C2/C5/C10/C11/L46 amministrazioni centrali; any other is OTHER.
 */
const KIND_OF_CATEGORY: Readonly<Record<string, AdministrationKind>> = {
  L6: AdministrationKind.MUNICIPALITY,
  L18: AdministrationKind.UNION_OF_MUNICIPALITIES,
  L45: AdministrationKind.METROPOLITAN_CITY,
  L5: AdministrationKind.PROVINCE,
  L4: AdministrationKind.REGION,
  L7: AdministrationKind.HEALTH_AUTHORITY,
  L8: AdministrationKind.HEALTH_AUTHORITY,
  L22: AdministrationKind.HEALTH_AUTHORITY,
  L17: AdministrationKind.UNIVERSITY,
  C1: AdministrationKind.CENTRAL_ADMINISTRATION,
  C2: AdministrationKind.CENTRAL_ADMINISTRATION,
  C5: AdministrationKind.CENTRAL_ADMINISTRATION,
  C10: AdministrationKind.CENTRAL_ADMINISTRATION,
  C11: AdministrationKind.CENTRAL_ADMINISTRATION,
  L46: AdministrationKind.CENTRAL_ADMINISTRATION,
};

export function kindOfIpaCategory(category: string): AdministrationKind {
  return KIND_OF_CATEGORY[category.trim().toUpperCase()] ?? AdministrationKind.OTHER;
}
