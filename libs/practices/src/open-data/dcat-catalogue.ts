/** What the DCAT-AP_IT catalogue says of the dataset of published practices. */
export interface CatalogueFacts {
  publicUrl: string;
  publisherName: string;
  publisherIpa: string | undefined;
  /** Last change of the dataset (null: no practice published yet, then the day it is asked). */
  modified: Date | null;
}

export const DCAT_CONTEXT = {
  dcat: 'http://www.w3.org/ns/dcat#',
  dcatapit: 'http://dati.gov.it/onto/dcatapit#',
  dct: 'http://purl.org/dc/terms/',
  foaf: 'http://xmlns.com/foaf/0.1/',
  vcard: 'http://www.w3.org/2006/vcard/ns#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

const EU = 'http://publications.europa.eu/resource/authority';
const CC_BY_4 = 'https://creativecommons.org/licenses/by/4.0/';

const it = (value: string) => ({ '@value': value, '@language': 'it' });
const date = (value: Date) => ({ '@value': value.toISOString().slice(0, 10), '@type': 'xsd:date' });
const ref = (id: string) => ({ '@id': id });

/**
 * The open-data catalogue as JSON-LD under the DCAT-AP_IT profile: one `dcatapit:Catalog` with one
 * `dcatapit:Dataset` (identifier, title, description, theme from the EU data-theme vocabulary,
 * publisher and rights holder as `dcatapit:Agent`s with their IPA code, modified, accrual
 * periodicity, contact point, language, keywords) and its two `dcatapit:Distribution`s (CSV and
 * JSON, licence CC-BY-4.0, access and download URL).
 */
export function dcatCatalogue(facts: CatalogueFacts): Record<string, unknown> {
  const base = `${facts.publicUrl}/opendata`;
  const catalogueId = `${base}/catalogo.jsonld`;
  const datasetId = `${base}/pratiche`;
  const agentId = `${base}/catalogo.jsonld#titolare`;
  const contactId = `${base}/catalogo.jsonld#punto-di-contatto`;
  const licenceId = CC_BY_4;
  const modified = date(facts.modified ?? new Date());
  const identifier = facts.publisherIpa ? `${facts.publisherIpa}:buone-pratiche` : 'buone-pratiche';
  const distribution = (format: 'CSV' | 'JSON', mediaType: string) => ({
    '@id': `${base}/pratiche.${format.toLowerCase()}`,
    '@type': ['dcat:Distribution', 'dcatapit:Distribution'],
    'dct:title': it(`Buone pratiche pubblicate (${format})`),
    'dct:description': it(`Tutte le buone pratiche pubblicate, una per riga, in formato ${format} (UTF-8).`),
    'dct:format': ref(`${EU}/file-type/${format}`),
    'dcat:mediaType': mediaType,
    'dct:license': ref(licenceId),
    'dcat:accessURL': ref(`${base}/pratiche.${format.toLowerCase()}`),
    'dcat:downloadURL': ref(`${base}/pratiche.${format.toLowerCase()}`),
  });
  return {
    '@context': DCAT_CONTEXT,
    '@graph': [
      {
        '@id': catalogueId,
        '@type': ['dcat:Catalog', 'dcatapit:Catalog'],
        'dct:title': it('Catalogo dei dati aperti delle buone pratiche'),
        'dct:description': it('I dati aperti della comunità di pratica delle pubbliche amministrazioni: il catalogo delle buone pratiche.'),
        'dct:publisher': ref(agentId),
        'dct:modified': modified,
        'dct:language': ref(`${EU}/language/ITA`),
        'foaf:homepage': ref(`${facts.publicUrl}/`),
        'dcat:dataset': ref(datasetId),
      },
      {
        '@id': datasetId,
        '@type': ['dcat:Dataset', 'dcatapit:Dataset'],
        'dct:identifier': identifier,
        'dct:title': it('Buone pratiche delle pubbliche amministrazioni'),
        'dct:description': it(
          'Le buone pratiche pubblicate nel catalogo della comunità: titolo, sintesi, temi, amministrazione che la offre ' +
            '(con codice IPA e regione), tecnologie, etichette, costo, codice sorgente e licenza, date di creazione e di aggiornamento.',
        ),
        'dcat:theme': ref(`${EU}/data-theme/GOVE`),
        'dct:publisher': ref(agentId),
        'dct:rightsHolder': ref(agentId),
        'dct:modified': modified,
        'dct:accrualPeriodicity': ref(`${EU}/frequency/IRREG`),
        'dct:language': ref(`${EU}/language/ITA`),
        'dcat:keyword': [it('buone pratiche'), it('pubblica amministrazione'), it('riuso'), it('gemellaggi')],
        'dcat:landingPage': ref(`${facts.publicUrl}/pratiche`),
        'dcat:contactPoint': ref(contactId),
        'dcat:distribution': [ref(`${base}/pratiche.csv`), ref(`${base}/pratiche.json`)],
      },
      {
        '@id': agentId,
        '@type': ['foaf:Agent', 'dcatapit:Agent'],
        'foaf:name': it(facts.publisherName),
        ...(facts.publisherIpa ? { 'dct:identifier': facts.publisherIpa } : {}),
      },
      {
        '@id': contactId,
        '@type': ['vcard:Organization', 'dcatapit:Organization'],
        'vcard:fn': facts.publisherName,
        'vcard:hasURL': ref(`${facts.publicUrl}/`),
      },
      {
        '@id': licenceId,
        '@type': ['dct:LicenseDocument'],
        'dct:type': ref('http://purl.org/adms/licencetype/Attribution'),
        'foaf:name': it('Creative Commons Attribuzione 4.0 Internazionale (CC BY 4.0)'),
      },
      distribution('CSV', 'text/csv'),
      distribution('JSON', 'application/json'),
    ],
  };
}
