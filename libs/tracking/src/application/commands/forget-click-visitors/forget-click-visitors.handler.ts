import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { clickTimeOf } from '../../../domain/click-id.js';
import { eraseClickVisitors } from '../../../infrastructure/click-visitor-eraser.js';
import { ForgetClickVisitorsCommand } from './forget-click-visitors.command.js';

@CommandHandler(ForgetClickVisitorsCommand)
export class ForgetClickVisitorsHandler implements ICommandHandler<ForgetClickVisitorsCommand> {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async execute({ clickIds }: ForgetClickVisitorsCommand): Promise<number> {
    // A click's time is part of its id (and of its key); an id without one names no click.
    const clicks = new Map<string, Date>();
    for (const id of clickIds) {
      const clickedAt = clickTimeOf(id);
      if (clickedAt) clicks.set(id, clickedAt);
    }
    if (clicks.size === 0) return 0;
    return this.dataSource.transaction((manager) => eraseClickVisitors(manager, clicks));
  }
}
