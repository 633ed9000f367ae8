import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isUniqueViolation, UnitOfWork } from '@app/platform';
import { DataSource } from 'typeorm';
import { firstCredential, type PostbackCredential } from '../../domain/postback-credential.js';
import { PostbackCredentialStore } from '../../domain/postback-credential.store.js';
import { PostbackCredentialOrmEntity } from './postback-credential.orm-entity.js';

@Injectable()
export class TypeormPostbackCredentialStore extends PostbackCredentialStore {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly unitOfWork: UnitOfWork,
  ) {
    super();
  }

  async find(advertiserId: string): Promise<PostbackCredential> {
    const row = await this.dataSource
      .getRepository(PostbackCredentialOrmEntity)
      .findOneBy({ advertiserId });
    return row ?? firstCredential(advertiserId);
  }

  async rotate(advertiserId: string, now: Date): Promise<PostbackCredential> {
    try {
      return await this.bump(advertiserId, now);
    } catch (error) {
      // Two first rotations at once: one inserted version 2; the other now counts on from it.
      if (!isUniqueViolation(error)) throw error;
      return this.bump(advertiserId, now);
    }
  }

  /** version + 1 in one UPDATE (so concurrent rotations each count), or the first row. */
  private bump(advertiserId: string, now: Date): Promise<PostbackCredential> {
    return this.unitOfWork.run(async ({ manager }) => {
      const rows = manager.getRepository(PostbackCredentialOrmEntity);
      const { affected } = await rows
        .createQueryBuilder()
        .update()
        .set({ version: () => 'version + 1', rotatedAt: now })
        .where('advertiser_id = :advertiserId', { advertiserId })
        .execute();
      if (!affected) await rows.insert({ advertiserId, version: 2, rotatedAt: now });
      return rows.findOneByOrFail({ advertiserId });
    });
  }
}
