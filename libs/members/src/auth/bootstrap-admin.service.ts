import { Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig, lockKey, MemberStatus, rootLogger, Role, TransactionRunner } from '@app/core';
import { Position } from '../enums.js';
import { MemberEntity } from '../member/member.entity.js';
import { PasswordHasher } from './password-hasher.js';

/** ADMIN_EMAIL + ADMIN_PASSWORD: creates the first admin when the community has none. */
@Injectable()
export class BootstrapAdminService implements OnApplicationBootstrap {
  constructor(
    private readonly config: AppConfig,
    private readonly tx: TransactionRunner,
    private readonly hasher: PasswordHasher,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const { adminEmail, adminPassword } = this.config;
    if (!adminEmail || !adminPassword) return;
    const passwordHash = await this.hasher.hash(adminPassword);
    await this.tx.run(async ({ em }) => {
      // Serialises concurrent start-ups of several instances.
      await lockKey(em, 'bootstrap-admin');
      const repo = em.getRepository(MemberEntity);
      if (await repo.existsBy({ role: Role.ADMIN })) return;
      const existing = await repo.findOneBy({ email: adminEmail });
      if (existing) {
        await repo.update(existing.id, { role: Role.ADMIN, status: MemberStatus.ACTIVE });
        rootLogger.info({ memberId: existing.id }, 'existing member promoted to admin');
        return;
      }
      let handle = adminEmail.split('@')[0].toLowerCase().replace(/[^a-z0-9._-]/g, '').slice(0, 30);
      if (handle.length < 3 || (await repo.existsBy({ handle }))) handle = 'amministratore';
      const admin = await repo.save(
        repo.create({
          email: adminEmail,
          handle,
          displayName: 'Amministratore',
          position: Position.OTHER,
          role: Role.ADMIN,
          status: MemberStatus.ACTIVE,
          passwordHash,
          expertise: [],
        }),
      );
      rootLogger.info({ memberId: admin.id }, 'bootstrap admin created');
    });
  }
}
