import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength, MinLength } from 'class-validator';
import { API_KEY_ROLES, type ApiKeyRole } from '@app/kernel';
import { ApiNextCursor, OptionalBoolean, PaginationQueryDto } from '@app/platform';

const ID_EXAMPLE = '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b';

export class CreateApiKeyDto {
  @ApiProperty({
    description: 'What the key is for, to tell keys apart (1 to 100 characters).',
    example: 'Traffic Partners reporting',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  name!: string;

  @ApiProperty({
    enum: API_KEY_ROLES,
    description:
      'admin: everything. affiliate: its own clicks, conversions, performance and postback URL. advertiser: its own campaigns and their conversions.',
    example: 'affiliate',
  })
  @IsIn(API_KEY_ROLES)
  role!: ApiKeyRole;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description: 'Required for an affiliate key (an existing affiliate), refused for other roles.',
    example: ID_EXAMPLE,
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliateId?: string | null;

  @ApiPropertyOptional({
    type: String,
    nullable: true,
    description:
      'Required for an advertiser key (an existing advertiser), refused for other roles.',
    example: ID_EXAMPLE,
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  advertiserId?: string | null;
}

/** Filters carry no example: the Swagger UI would fill it in and hide every other key. */
export class ListApiKeysQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: API_KEY_ROLES, description: 'Only keys of this role.' })
  @IsOptional()
  @IsIn(API_KEY_ROLES)
  role?: ApiKeyRole;

  @ApiPropertyOptional({ description: 'Only the keys of this affiliate (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliateId?: string;

  @ApiPropertyOptional({ description: 'Only the keys of this advertiser (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  advertiserId?: string;

  @OptionalBoolean('true: only revoked keys; false: only keys that still work.')
  revoked?: boolean;
}

export class ApiKeyResponse {
  @ApiProperty({ example: ID_EXAMPLE }) id!: string;
  @ApiProperty({ example: 'Traffic Partners reporting' }) name!: string;
  @ApiProperty({
    description:
      'The first characters of the key, to recognise it; the key itself is never shown again.',
    example: 'ak_Xq3v9Lm',
  })
  prefix!: string;
  @ApiProperty({ enum: API_KEY_ROLES, example: 'affiliate' }) role!: ApiKeyRole;
  @ApiProperty({ type: String, nullable: true, example: ID_EXAMPLE }) affiliateId!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) advertiserId!: string | null;
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) createdAt!: string;
  @ApiProperty({
    type: String,
    nullable: true,
    description: 'Recorded at most once a minute.',
    example: '2026-11-26T09:30:00.000Z',
  })
  lastUsedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, example: null }) revokedAt!: string | null;
}

export class CreatedApiKeyResponse extends ApiKeyResponse {
  @ApiProperty({
    description: 'The key. Shown only in this answer and stored only as a hash: keep it now.',
    example: 'ak_Xq3v9LmT0c2f8yWb1KpD4sHn6RzJ5aEuV7gQiNoMxCk',
  })
  key!: string;
}

export class ApiKeyPageResponse {
  @ApiProperty({ type: [ApiKeyResponse] }) data!: ApiKeyResponse[];
  @ApiNextCursor() nextCursor!: string | null;
}
