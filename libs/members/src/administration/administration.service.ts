import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  BadUserInputError,
  Connection,
  ConflictError,
  isUuid,
  NotFoundError,
  paginate,
  TransactionRunner,
  ViewerContext,
} from '@app/core';
import { CONVERGENCE_REGIONS, Region } from '../enums.js';
import { AdministrationEntity } from './administration.entity.js';
import type { CreateAdministrationInput } from './dto/create-administration.input.js';
import type { AdministrationsArgs } from './dto/administrations.args.js';

export function likePattern(text: string): string {
  return `%${text.trim().toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

@Injectable()
export class AdministrationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly tx: TransactionRunner,
  ) {}

  async get(id: string): Promise<AdministrationEntity | null> {
    if (!isUuid(id)) return null;
    return this.dataSource.getRepository(AdministrationEntity).findOneBy({ id });
  }

  list(args: AdministrationsArgs): Promise<Connection<AdministrationEntity>> {
    const qb = this.dataSource.getRepository(AdministrationEntity).createQueryBuilder('a');
    if (args.region) qb.andWhere('a.region = :region', { region: args.region });
    if (args.convergence === true) qb.andWhere('a.region IN (:...conv)', { conv: CONVERGENCE_REGIONS });
    if (args.convergence === false) qb.andWhere('(a.region IS NULL OR a.region NOT IN (:...conv))', { conv: CONVERGENCE_REGIONS });
    const query = args.query?.trim();
    if (query) {
      // Every word somewhere in the name (the trigram index serves each), or the exact IPA or tax code.
      const words = query.toLowerCase().split(/\s+/).slice(0, 8);
      const byName = words.map((_, i) => `lower(a.name) LIKE :w${i}`).join(' AND ');
      qb.andWhere(`((${byName}) OR a.ipaCode = :code OR a.taxCode = :tax)`, {
        ...Object.fromEntries(words.map((w, i) => [`w${i}`, likePattern(w)])),
        code: query.toLowerCase(),
        tax: query.toUpperCase(),
      });
    }
    return paginate(qb, args, [
      { expr: 'a.name', direction: 'ASC', cast: 'text', value: (a) => a.name },
      { expr: 'a.id', direction: 'ASC', cast: 'uuid', value: (a) => a.id },
    ]);
  }

  async create(viewer: ViewerContext, input: CreateAdministrationInput): Promise<AdministrationEntity> {
    viewer.assertAdmin();
    const country = (input.country ?? 'IT').toUpperCase();
    if (country === 'IT' && !input.region) {
      throw BadUserInputError.field('region', 'obbligatoria per le amministrazioni italiane');
    }
    if (country !== 'IT' && input.region) {
      throw BadUserInputError.field('region', 'va indicata solo per le amministrazioni italiane');
    }
    return this.tx.run(async ({ em }) => {
      const repo = em.getRepository(AdministrationEntity);
      if (input.ipaCode && (await repo.existsBy({ ipaCode: input.ipaCode }))) {
        const error = new ConflictError(`Esiste già un'amministrazione con codice IPA ${input.ipaCode}`);
        error.extensions.fields = [{ field: 'ipaCode', message: 'codice IPA già registrato' }];
        throw error;
      }
      return repo.save(
        repo.create({
          name: input.name.trim(),
          kind: input.kind,
          ipaCode: input.ipaCode ?? null,
          region: (input.region as Region) ?? null,
          country,
        }),
      );
    });
  }

  async assertExists(id: string, field: string): Promise<void> {
    if (!isUuid(id) || !(await this.dataSource.getRepository(AdministrationEntity).existsBy({ id }))) {
      throw BadUserInputError.field(field, `amministrazione ${id} inesistente`);
    }
  }

  async getOrThrow(id: string): Promise<AdministrationEntity> {
    const found = await this.get(id);
    if (!found) throw new NotFoundError('Amministrazione', id);
    return found;
  }
}
