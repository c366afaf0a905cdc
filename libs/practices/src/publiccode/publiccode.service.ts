import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { stringify } from 'yaml';
import { AppConfig, BadUserInputError, FieldError, MemberStatus, ViewerContext } from '@app/core';
import { AdministrationEntity, MemberEntity } from '@app/members';
import { spdxLicence } from '../document/spdx.js';
import { PracticeStatus } from '../enums.js';
import type { CreatePracticeInput } from '../practice/dto/create-practice.input.js';
import { PracticeContactEntity } from '../practice/practice-contact.entity.js';
import type { PracticeEntity } from '../practice/practice.entity.js';
import { PracticeNotFoundError } from '../practice/practice.errors.js';
import { PracticeService } from '../practice/practice.service.js';
import {
  categoryOfTheme,
  KNOWN_CATEGORIES,
  platformOfTechnology,
  PublicCode,
  splitFeatures,
  technologyOfPlatform,
  themesOf,
  withFeatures,
} from './publiccode.mapping.js';
import { parsePublicCode, publicCodeProblems } from './publiccode.validation.js';

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`);

/**
 * publiccode.yml, Developers Italia's description of reusable software: a file becomes a DRAFT
 * practice of the given administration (under the rules of createPractice), and a published
 * practice with a repository is written back as one, valid against the same schema.
 */
@Injectable()
export class PublicCodeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly practices: PracticeService,
    private readonly config: AppConfig,
  ) {}

  async importPractice(viewer: ViewerContext, yaml: string, offeringAdministrationId: string): Promise<PracticeEntity> {
    viewer.assertCanWrite();
    const code = parsePublicCode(yaml);
    return this.practices.create(viewer, this.practiceInput(code, offeringAdministrationId));
  }

  /** The practice a publiccode.yml describes, in Italian; BAD_USER_INPUT naming the keys the catalogue cannot take. */
  private practiceInput(code: PublicCode, offeringAdministrationId: string): CreatePracticeInput {
    const problems: FieldError[] = [];
    const italian = code.description.it;
    if (!italian) throw BadUserInputError.field('description.it', 'manca la descrizione in italiano (description.it)');
    const title = (italian.localisedName ?? code.name).trim();
    if (title.length < 5) problems.push({ field: italian.localisedName ? 'description.it.localisedName' : 'name', message: 'il nome deve avere almeno 5 caratteri' });
    if (italian.shortDescription.trim().length < 10) problems.push({ field: 'description.it.shortDescription', message: 'almeno 10 caratteri' });
    let licence: string | null = null;
    try {
      licence = spdxLicence(code.legal.license, 'legal.license');
    } catch {
      problems.push({ field: 'legal.license', message: `il catalogo accetta un solo identificativo SPDX (per esempio EUPL-1.2), non ${code.legal.license}` });
    }
    if (problems.length) throw new BadUserInputError(problems);
    const year = code.releaseDate ? Number(code.releaseDate.slice(0, 4)) : null;
    const technologies = [...code.platforms.map(technologyOfPlatform), ...(code.dependsOn?.open ?? []).map((d) => d.name.trim())];
    return {
      title: clip(title, 200),
      summary: italian.shortDescription.trim(),
      description: withFeatures(italian.longDescription, italian.features),
      themes: themesOf(code),
      offeringAdministrationId,
      year: year && year >= 1990 && year <= 2100 ? year : null,
      technologies: [...new Set(technologies)].slice(0, 30).map((t) => clip(t, 80)),
      tags: code.categories.slice(0, 10).map((c) => clip(c, 40)),
      repositoryUrl: code.url,
      licence,
      status: PracticeStatus.DRAFT,
    };
  }

  /** `GET /pratiche/<slug>/publiccode.yml`: a published practice with a repository, else NOT_FOUND. */
  async exportPractice(slug: string): Promise<string> {
    const practice = await this.practices.getVisible(ViewerContext.anonymous(), { slug }).catch(() => null);
    if (!practice || practice.status !== PracticeStatus.PUBLISHED || !practice.repositoryUrl) throw new PracticeNotFoundError(slug);
    const administration = await this.dataSource.getRepository(AdministrationEntity).findOneBy({ id: practice.offeringAdministrationId });
    const contacts = await this.dataSource
      .getRepository(PracticeContactEntity)
      .createQueryBuilder('c')
      .innerJoin(MemberEntity, 'm', 'm.id = c."memberId"')
      .select('m."displayName"', 'name')
      .where('c."practiceId" = :id AND m.status = :active', { id: practice.id, active: MemberStatus.ACTIVE })
      .orderBy('c.position', 'ASC')
      .getRawMany<{ name: string }>();
    const code = this.publicCode(practice, administration, contacts.map((c) => c.name));
    const problems = publicCodeProblems(code);
    // Written by the code above: a problem here is a bug, not the caller's.
    if (problems.length) throw new Error(`publiccode.yml generato non valido: ${JSON.stringify(problems)}`);
    return `# publiccode.yml della buona pratica ${this.config.publicUrl}/pratiche/${practice.slug}\n${stringify(code, { lineWidth: 0 })}`;
  }

  private publicCode(practice: PracticeEntity, administration: AdministrationEntity | null, contacts: string[]): PublicCode & Record<string, unknown> {
    const { longDescription, features } = splitFeatures(practice.description);
    const platforms = practice.technologies.map(platformOfTechnology).filter((p): p is string => !!p);
    const dependencies = practice.technologies.filter((t) => !platformOfTechnology(t));
    const categories = [...new Set([...practice.themes.map(categoryOfTheme), ...practice.tags.filter((t) => KNOWN_CATEGORIES.has(t))])];
    const owner = administration?.name;
    return {
      publiccodeYmlVersion: '0.4',
      name: practice.title,
      url: practice.repositoryUrl!,
      landingURL: `${this.config.publicUrl}/pratiche/${practice.slug}`,
      releaseDate: practice.updatedAt.toISOString().slice(0, 10),
      platforms: platforms.length ? platforms : ['web'],
      categories,
      developmentStatus: 'stable',
      softwareType: 'standalone/web',
      description: {
        it: {
          localisedName: practice.title,
          shortDescription: clip(practice.summary, 150),
          longDescription: clip(longDescription || practice.summary, 10000),
          features: (features ?? [practice.summary]).map((f) => clip(f, 100)),
        },
      },
      legal: {
        // The standard wants a licence; an SPDX reference says that none was given.
        license: practice.licence ?? 'LicenseRef-non-indicata',
        ...(owner ? { mainCopyrightOwner: owner, repoOwner: owner } : {}),
      },
      maintenance: contacts.length ? { type: 'internal', contacts: contacts.map((name) => ({ name })) } : { type: 'none' },
      localisation: { localisationReady: false, availableLanguages: ['it'] },
      ...(dependencies.length ? { dependsOn: { open: dependencies.map((name) => ({ name })) } } : {}),
      it: {
        countryExtensionVersion: '0.2',
        ...(administration?.ipaCode ? { riuso: { codiceIPA: administration.ipaCode } } : {}),
      },
    };
  }
}
