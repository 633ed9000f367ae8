import { Controller, Get, Inject, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { FastifyReply } from 'fastify';
import { DataSource } from 'typeorm';
import { Public } from '../auth/auth.decorators.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';

const DATABASE_TIMEOUT_MS = 2_000;

class DatabaseHealthDto {
  @ApiProperty({ enum: ['up', 'down'], example: 'up' })
  status!: 'up' | 'down';

  @ApiProperty({ enum: ['postgres', 'sqlite'], example: 'postgres' })
  type!: 'postgres' | 'sqlite';
}

class HealthDto {
  @ApiProperty({
    enum: ['ok', 'error'],
    description: '`error` when a dependency is down (HTTP 503).',
    example: 'ok',
  })
  status!: 'ok' | 'error';

  @ApiProperty({ type: DatabaseHealthDto })
  database!: DatabaseHealthDto;

  @ApiProperty({ description: 'The API version.', example: '0.1.0' })
  version!: string;

  @ApiProperty({ description: 'Seconds since this process started.', example: 3600 })
  uptimeSeconds!: number;
}

@ApiTags('platform')
@Controller('v1/health')
export class HealthController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @Get()
  @Public()
  @ApiOperation({ summary: 'Liveness and database reachability, for load balancers and probes.' })
  @ApiOkResponse({ type: HealthDto })
  @ApiServiceUnavailableResponse({ type: HealthDto, description: 'The database does not answer.' })
  async getHealth(@Res({ passthrough: true }) reply: FastifyReply): Promise<HealthDto> {
    const databaseUp = await this.databaseAnswers();
    void reply.status(databaseUp ? 200 : 503).header('cache-control', 'no-store');
    return {
      status: databaseUp ? 'ok' : 'error',
      database: { status: databaseUp ? 'up' : 'down', type: this.config.database.type },
      version: this.config.version,
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  private async databaseAnswers(): Promise<boolean> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<false>((resolve) => {
      timer = setTimeout(() => resolve(false), DATABASE_TIMEOUT_MS);
    });
    try {
      const ping = this.dataSource.query('SELECT 1').then(
        () => true,
        () => false,
      );
      return await Promise.race([ping, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
