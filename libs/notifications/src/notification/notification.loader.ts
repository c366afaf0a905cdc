import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { byKeys, isUuid, namedCondition, readerOf, RequestContext } from '@app/core';
import { TwinningEntity, visiblePracticeSql } from '@app/practices';

/** Builds the loaders the notification fields need beyond those of the upstream libs (NotificationsLoadersFactory creates them once per request). */
export class NotificationLoaderBuilder {
  constructor(private readonly dataSource: DataSource) {}

  /** Twinnings whose practice the viewer may see, else null. */
  twinningById(ctx: RequestContext): DataLoader<string, TwinningEntity | null> {
    return new DataLoader<string, TwinningEntity | null>(
      async (ids) => {
        const valid = ids.filter(isUuid);
        if (!valid.length) return ids.map(() => null);
        const visible = namedCondition((p) => visiblePracticeSql('p', readerOf(ctx.viewer, p)));
        const rows = await this.dataSource
          .getRepository(TwinningEntity)
          .createQueryBuilder('w')
          .innerJoin('practice', 'p', 'p.id = w."practiceId"')
          .where('w.id IN (:...ids)', { ids: valid })
          .andWhere(visible.sql, visible.params)
          .getMany();
        return byKeys(ids, rows, (w) => w.id);
      },
    );
  }
}
