import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto, ApiNextCursor } from '@app/platform';
import { IsIn, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { AFFILIATE_STATUSES, type AffiliateStatus } from '../../domain/affiliate.js';

export class CreateAffiliateDto {
  @ApiProperty({ description: '1 to 200 characters.', example: 'Traffic Partners Ltd' })
  @IsString()
  @MaxLength(200)
  name!: string;

  @ApiProperty({
    description: 'Unique across affiliates (case-insensitive).',
    example: 'ops@trafficpartners.example',
  })
  @IsString()
  @MaxLength(254)
  email!: string;

  @ApiPropertyOptional({
    type: String,
    description:
      "The affiliate's own conversion postback URL (http/https): the platform GETs it when one of the affiliate's conversions is recorded or changes status. It may use the macros {click_id}, {conversion_id}, {txid}, {campaign_id}, {affiliate_id}, {sub1}..{sub5}, {payout}, {currency} and {status}, in its path or query.",
    example: 'https://trafficpartners.example/postback?cid={sub1}&payout={payout}&status={status}',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(2048)
  postbackUrl?: string | null;
}

export class AffiliateResponse {
  @ApiProperty({ example: '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22' })
  id!: string;

  @ApiProperty({ example: 'Traffic Partners Ltd' })
  name!: string;

  @ApiProperty({ example: 'ops@trafficpartners.example' })
  email!: string;

  @ApiProperty({ enum: AFFILIATE_STATUSES, example: 'active' })
  status!: AffiliateStatus;

  @ApiProperty({
    nullable: true,
    type: String,
    example: 'https://trafficpartners.example/postback?cid={sub1}&payout={payout}&status={status}',
  })
  postbackUrl!: string | null;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  createdAt!: string;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  updatedAt!: string;
}

export class SuspendedAffiliateResponse extends AffiliateResponse {
  @ApiProperty({
    example: 2,
    description:
      "How many of the affiliate's live API keys this request revoked (0 when a retried request finds none left).",
  })
  revokedApiKeys!: number;
}

export class AffiliatePageResponse {
  @ApiProperty({ type: [AffiliateResponse] })
  data!: AffiliateResponse[];

  @ApiNextCursor()
  nextCursor!: string | null;
}

export class ListAffiliatesQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: AFFILIATE_STATUSES, description: 'Only affiliates in this status.' })
  @IsOptional()
  @IsIn(AFFILIATE_STATUSES)
  status?: AffiliateStatus;
}

/** The only affiliate field an affiliate key may change: anything else in the body is refused. */
export class ChangeAffiliatePostbackDto {
  @ApiProperty({
    type: String,
    nullable: true,
    description:
      "The affiliate's own conversion postback URL (http/https), called when one of its conversions is recorded or changes status, with the macros of POST /v1/affiliates; null clears it (no more calls).",
    example: 'https://trafficpartners.example/postback?cid={sub1}&payout={payout}&status={status}',
  })
  @ValidateIf((_dto, value) => value !== null)
  @IsString()
  @MaxLength(2048)
  postbackUrl!: string | null;
}
