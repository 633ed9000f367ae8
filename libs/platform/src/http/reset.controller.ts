import { Controller, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { EventBus } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HttpProblemException } from '../errors/http-problem.exception.js';
import { UnitOfWork } from '../database/unit-of-work.js';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator.js';
import { DataResetEvent } from './data-reset.event.js';

/** Tables that hold how the platform runs, not business data: a reset keeps them. */
const KEPT_TABLES = new Set(['migrations', 'api_keys', 'job_runs']);

class ResetResultDto {
  @ApiProperty({
    description: 'The tables that were emptied.',
    example: ['campaigns', 'affiliates'],
  })
  emptiedTables!: string[];
}

@ApiTags('platform')
@Controller('v1/reset')
export class ResetController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly events: EventBus,
    private readonly unitOfWork: UnitOfWork,
  ) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: 'Empty all business data (DEBUG=true only; 404 otherwise). API keys are kept.',
  })
  @ApiOkResponse({ type: ResetResultDto })
  @ApiProblemResponses(403, 404)
  async resetData(): Promise<ResetResultDto> {
    if (!this.config.debug) {
      throw new HttpProblemException(404, 'HTTP.NOT_FOUND', 'No such resource or route.');
    }
    const tables = this.dataSource.entityMetadatas
      .map((metadata) => metadata.tableName)
      .filter((table) => !KEPT_TABLES.has(table))
      .sort();
    const quoted = tables.map((table) => `"${table}"`);
    // Through the unit of work: on SQLite a transaction of its own would nest inside another.
    await this.unitOfWork.run(async ({ manager }) => {
      if (this.unitOfWork.dialect === 'postgres') {
        await manager.query(`TRUNCATE TABLE ${quoted.join(', ')} CASCADE`);
        return;
      }
      await manager.query('PRAGMA defer_foreign_keys = ON');
      for (const table of quoted) await manager.query(`DELETE FROM ${table}`);
    });
    this.events.publish(new DataResetEvent(tables));
    return { emptiedTables: tables };
  }
}
