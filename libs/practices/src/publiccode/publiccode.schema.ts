/**
 * A JSON Schema (draft 2020-12 subset that Ajv checks) of publiccode.yml 0.4, the metadata standard
 * of Developers Italia's software catalogue (https://yml.publiccode.tools), written from the
 * standard's text: the mandatory keys (`publiccodeYmlVersion`, `name`, `url`, `platforms`,
 * `categories`, `developmentStatus`, `softwareType`, `description.<lang>.shortDescription`,
 * `longDescription` and `features`, `legal.license`, `maintenance.type` and its `contacts`,
 * `localisation`), their types, lengths, vocabularies and the Italian extension `it`. Keys the
 * standard does not define are allowed, as the standard's own parser tolerates extensions.
 * Categories are checked as slugs (`[a-z0-9-]`), not against the standard's list.
 */
const url = { type: 'string', format: 'uri', pattern: '^https?://' } as const;
const slug = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]*$' } as const;
/** An SPDX licence expression: identifiers (or LicenseRef-…) joined by AND, OR, WITH, with parentheses. */
const spdxExpression = {
  type: 'string',
  pattern: '^\\(?\\s*[A-Za-z0-9.+-]+\\s*\\)?(\\s+(AND|OR|WITH)\\s+\\(?\\s*[A-Za-z0-9.+-]+\\s*\\)?)*$',
} as const;

const contact = {
  type: 'object',
  required: ['name'],
  properties: {
    name: { type: 'string', minLength: 1 },
    email: { type: 'string', format: 'email' },
    phone: { type: 'string' },
    affiliation: { type: 'string' },
  },
} as const;

const description = {
  type: 'object',
  required: ['shortDescription', 'longDescription', 'features'],
  properties: {
    localisedName: { type: 'string', minLength: 1 },
    genericName: { type: 'string', maxLength: 35 },
    shortDescription: { type: 'string', minLength: 1, maxLength: 150 },
    longDescription: { type: 'string', minLength: 1, maxLength: 10000 },
    documentation: url,
    apiDocumentation: url,
    features: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1, maxLength: 100 } },
    screenshots: { type: 'array', items: { type: 'string' } },
    videos: { type: 'array', items: url },
    awards: { type: 'array', items: { type: 'string' } },
  },
} as const;

const dependency = {
  type: 'array',
  items: {
    type: 'object',
    required: ['name'],
    properties: {
      name: { type: 'string', minLength: 1 },
      versionMin: { type: 'string' },
      versionMax: { type: 'string' },
      version: { type: 'string' },
      optional: { type: 'boolean' },
    },
  },
} as const;

export const PUBLICCODE_SCHEMA = {
  $id: 'https://buonepratiche.example/schemas/publiccode-0.4.json',
  type: 'object',
  required: ['publiccodeYmlVersion', 'name', 'url', 'platforms', 'categories', 'developmentStatus', 'softwareType', 'description', 'legal', 'maintenance', 'localisation'],
  properties: {
    publiccodeYmlVersion: { type: 'string', pattern: '^0\\.(2|3|4)(\\.[0-9]+)?$' },
    name: { type: 'string', minLength: 1, maxLength: 200 },
    applicationSuite: { type: 'string' },
    url,
    landingURL: url,
    isBasedOn: { anyOf: [url, { type: 'array', items: url }] },
    softwareVersion: { type: 'string' },
    releaseDate: { type: 'string', format: 'date' },
    logo: { type: 'string' },
    monochromeLogo: { type: 'string' },
    platforms: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    categories: { type: 'array', minItems: 1, items: slug },
    usedBy: { type: 'array', items: { type: 'string' } },
    roadmap: url,
    developmentStatus: { enum: ['concept', 'development', 'beta', 'stable', 'obsolete'] },
    softwareType: {
      enum: [
        'standalone/mobile', 'standalone/iot', 'standalone/desktop', 'standalone/web', 'standalone/backend', 'standalone/other',
        'addon', 'library', 'configurationFiles',
      ],
    },
    intendedAudience: {
      type: 'object',
      properties: {
        scope: { type: 'array', items: slug },
        countries: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' } },
        unsupportedCountries: { type: 'array', items: { type: 'string', pattern: '^[a-z]{2}$' } },
      },
    },
    description: {
      type: 'object',
      minProperties: 1,
      propertyNames: { pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' },
      additionalProperties: description,
    },
    legal: {
      type: 'object',
      required: ['license'],
      properties: {
        license: spdxExpression,
        mainCopyrightOwner: { type: 'string' },
        repoOwner: { type: 'string' },
        authorsFile: { type: 'string' },
      },
    },
    maintenance: {
      type: 'object',
      required: ['type'],
      properties: {
        type: { enum: ['internal', 'contract', 'community', 'none'] },
        contractors: {
          type: 'array',
          items: {
            type: 'object',
            required: ['name', 'until'],
            properties: { name: { type: 'string', minLength: 1 }, until: { type: 'string', format: 'date' }, email: { type: 'string', format: 'email' }, website: url },
          },
        },
        contacts: { type: 'array', items: contact },
      },
      allOf: [
        { if: { properties: { type: { enum: ['internal', 'community'] } } }, then: { required: ['contacts'], properties: { contacts: { minItems: 1 } } } },
        { if: { properties: { type: { const: 'contract' } } }, then: { required: ['contractors'], properties: { contractors: { minItems: 1 } } } },
      ],
    },
    localisation: {
      type: 'object',
      required: ['localisationReady', 'availableLanguages'],
      properties: {
        localisationReady: { type: 'boolean' },
        availableLanguages: { type: 'array', minItems: 1, items: { type: 'string', pattern: '^[a-z]{2,3}(-[A-Za-z0-9]+)*$' } },
      },
    },
    dependsOn: {
      type: 'object',
      properties: { open: dependency, proprietary: dependency, hardware: dependency },
    },
    it: {
      type: 'object',
      properties: {
        countryExtensionVersion: { type: 'string' },
        conforme: {
          type: 'object',
          properties: {
            lineeGuidaDesign: { type: 'boolean' },
            modelloInteroperabilita: { type: 'boolean' },
            misureMinimeSicurezza: { type: 'boolean' },
            gdpr: { type: 'boolean' },
          },
        },
        piattaforme: {
          type: 'object',
          properties: { spid: { type: 'boolean' }, cie: { type: 'boolean' }, anpr: { type: 'boolean' }, pagopa: { type: 'boolean' }, io: { type: 'boolean' } },
        },
        riuso: { type: 'object', properties: { codiceIPA: { type: 'string', pattern: '^[a-z0-9][a-z0-9_.-]*$' } } },
      },
    },
  },
} as const;
