import { Injectable } from '@nestjs/common';
import { isUniqueViolation, UnitOfWork } from '@app/platform';
import {
  type BlocklistEntry,
  BlocklistEntryRepository,
} from '../domain/blocklist-entry.repository.js';
import { duplicateBlocklistEntry } from '../domain/tracking.errors.js';
import { BlocklistEntryOrmEntity } from './blocklist-entry.orm-entity.js';

@Injectable()
export class TypeormBlocklistEntryRepository extends BlocklistEntryRepository {
  constructor(private readonly unitOfWork: UnitOfWork) {
    super();
  }

  async add(entry: BlocklistEntry): Promise<void> {
    try {
      await this.unitOfWork.run(({ manager }) => manager.insert(BlocklistEntryOrmEntity, entry));
    } catch (error) {
      if (isUniqueViolation(error)) throw duplicateBlocklistEntry(entry.kind, entry.value);
      throw error;
    }
  }

  async remove(id: string): Promise<boolean> {
    const result = await this.unitOfWork.run(({ manager }) =>
      manager.delete(BlocklistEntryOrmEntity, { id }),
    );
    return (result.affected ?? 0) > 0;
  }
}
