import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto, ApiNextCursor } from '@app/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { BLOCKLIST_KINDS, type BlocklistKind } from '../../domain/blocklist.js';

export class CreateBlocklistEntryDto {
  @ApiProperty({
    enum: BLOCKLIST_KINDS,
    description:
      '`ip`: an IPv4/IPv6 address or CIDR range; `referrer_domain`: a domain and its subdomains.',
    example: 'ip',
  })
  @IsIn(BLOCKLIST_KINDS)
  kind!: BlocklistKind;

  @ApiProperty({ description: 'The address, range or domain to block.', example: '203.0.113.0/24' })
  @IsString()
  @MaxLength(255)
  value!: string;

  @ApiPropertyOptional({
    type: String,
    description: 'Why it is blocked.',
    example: 'Click farm seen on 2026-11-20',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class BlocklistEntryResponse {
  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' })
  id!: string;

  @ApiProperty({ enum: BLOCKLIST_KINDS, example: 'ip' })
  kind!: BlocklistKind;

  @ApiProperty({
    description: 'Normalised: canonical address or network, lower-case domain.',
    example: '203.0.113.0/24',
  })
  value!: string;

  @ApiProperty({ nullable: true, type: String, example: 'Click farm seen on 2026-11-20' })
  note!: string | null;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  createdAt!: string;
}

export class BlocklistEntryPageResponse {
  @ApiProperty({ type: [BlocklistEntryResponse] })
  data!: BlocklistEntryResponse[];

  @ApiNextCursor()
  nextCursor!: string | null;
}

export class ListBlocklistEntriesQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: BLOCKLIST_KINDS, description: 'Only entries of this kind.' })
  @IsOptional()
  @IsIn(BLOCKLIST_KINDS)
  kind?: BlocklistKind;
}
