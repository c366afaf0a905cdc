import { registerEnumType } from '@nestjs/graphql';
import { MemberStatus, Role } from '@app/core';

export enum Position {
  MANAGER = 'MANAGER',
  OFFICIAL = 'OFFICIAL',
  OTHER = 'OTHER',
}

/** The six themes of the good-practice database. */
export enum Theme {
  CITIZEN_SERVICES = 'CITIZEN_SERVICES',
  BUSINESS_SERVICES = 'BUSINESS_SERVICES',
  PROCESS_INNOVATION = 'PROCESS_INNOVATION',
  PUBLIC_CONNECTIVITY = 'PUBLIC_CONNECTIVITY',
  PUBLIC_INFORMATION_ASSETS = 'PUBLIC_INFORMATION_ASSETS',
  INTEROPERABILITY = 'INTEROPERABILITY',
}

export const THEME_NAMES: Record<Theme, string> = {
  [Theme.CITIZEN_SERVICES]: 'Servizi ai cittadini',
  [Theme.BUSINESS_SERVICES]: 'Servizi alle imprese',
  [Theme.PROCESS_INNOVATION]: 'Innovazione dei processi nella PA e dematerializzazione',
  [Theme.PUBLIC_CONNECTIVITY]: 'Sistema pubblico di connettività (SPC)',
  [Theme.PUBLIC_INFORMATION_ASSETS]: 'Patrimonio informativo pubblico',
  [Theme.INTEROPERABILITY]: 'Interoperabilità e cooperazione applicativa',
};

export enum Region {
  ABRUZZO = 'ABRUZZO',
  BASILICATA = 'BASILICATA',
  CALABRIA = 'CALABRIA',
  CAMPANIA = 'CAMPANIA',
  EMILIA_ROMAGNA = 'EMILIA_ROMAGNA',
  FRIULI_VENEZIA_GIULIA = 'FRIULI_VENEZIA_GIULIA',
  LAZIO = 'LAZIO',
  LIGURIA = 'LIGURIA',
  LOMBARDIA = 'LOMBARDIA',
  MARCHE = 'MARCHE',
  MOLISE = 'MOLISE',
  PIEMONTE = 'PIEMONTE',
  PUGLIA = 'PUGLIA',
  SARDEGNA = 'SARDEGNA',
  SICILIA = 'SICILIA',
  TOSCANA = 'TOSCANA',
  TRENTINO_ALTO_ADIGE = 'TRENTINO_ALTO_ADIGE',
  UMBRIA = 'UMBRIA',
  VALLE_D_AOSTA = 'VALLE_D_AOSTA',
  VENETO = 'VENETO',
}

/** The regions of the EU Convergence objective 2007-2013. */
export const CONVERGENCE_REGIONS: readonly Region[] = [Region.CALABRIA, Region.CAMPANIA, Region.PUGLIA, Region.SICILIA];

export function isConvergenceRegion(region: Region | string | null | undefined): boolean {
  return !!region && (CONVERGENCE_REGIONS as readonly string[]).includes(region);
}

export enum AdministrationKind {
  MUNICIPALITY = 'MUNICIPALITY',
  UNION_OF_MUNICIPALITIES = 'UNION_OF_MUNICIPALITIES',
  METROPOLITAN_CITY = 'METROPOLITAN_CITY',
  PROVINCE = 'PROVINCE',
  REGION = 'REGION',
  HEALTH_AUTHORITY = 'HEALTH_AUTHORITY',
  UNIVERSITY = 'UNIVERSITY',
  CENTRAL_ADMINISTRATION = 'CENTRAL_ADMINISTRATION',
  FOREIGN_ADMINISTRATION = 'FOREIGN_ADMINISTRATION',
  OTHER = 'OTHER',
}

registerEnumType(Role, { name: 'Role' });
registerEnumType(MemberStatus, { name: 'MemberStatus' });
registerEnumType(Position, { name: 'Position' });
registerEnumType(Theme, { name: 'Theme' });
registerEnumType(Region, { name: 'Region' });
registerEnumType(AdministrationKind, { name: 'AdministrationKind' });
