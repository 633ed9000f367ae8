import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto, ApiNextCursor, LaterThan, OptionalInstant } from '@app/platform';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONVERSION_STATUSES, type ConversionStatus } from '../../domain/conversion-status.js';

export class ListConversionsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ description: 'Only this campaign (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  campaignId?: string;

  @ApiPropertyOptional({ description: 'Only this affiliate (its id).' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  affiliateId?: string;

  @ApiPropertyOptional({ enum: CONVERSION_STATUSES })
  @IsOptional()
  @IsIn(CONVERSION_STATUSES)
  status?: ConversionStatus;

  @OptionalInstant('Converted at or after this instant.')
  from?: string;

  @OptionalInstant('Converted before this instant.')
  @LaterThan('from')
  to?: string;
}

export class ConversionResponse {
  @ApiProperty({ example: '01936f9e-9d3e-7f5c-b122-4d8e3a2f6c33' }) id!: string;
  @ApiProperty({ example: 'AZNvnnscfTqfAAK2xsHQ2pKx' }) clickId!: string;
  @ApiProperty({ example: '01936f9e-1c2b-7a00-8f00-3e5d2c1b0a99' }) campaignId!: string;
  @ApiProperty({ nullable: true, type: String, example: '01936f9e-2d3c-7b11-9a11-4f6e3d2c1baa' })
  affiliateId!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'ORDER-1001' }) transactionId!:
    string | null;
  @ApiProperty({ enum: CONVERSION_STATUSES }) status!: ConversionStatus;
  @ApiProperty({ nullable: true, type: String, example: 'fraudulent_click' }) statusReason!:
    string | null;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description: 'What the advertiser pays the network. Absent for affiliate keys.',
    example: 49.9,
  })
  revenue?: number | null;
  @ApiPropertyOptional({
    description: 'What the network pays the affiliate. Absent for advertiser keys.',
    example: 12.5,
  })
  payout?: number;
  @ApiPropertyOptional({
    nullable: true,
    type: Number,
    description:
      "The payout the advertiser's postback stated, kept as a claim: the campaign's payout policy decided `payout`. null: none stated. Absent for affiliate keys.",
    example: 1000,
  })
  reportedPayout?: number | null;
  @ApiProperty({ example: 'USD' }) currency!: string;
  @ApiPropertyOptional({
    nullable: true,
    type: String,
    description: "The advertiser's customer id. Absent for affiliate keys.",
    example: 'cust-77',
  })
  customerId?: string | null;
  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' }) clickedAt!: string;
  @ApiProperty({ example: '2026-11-26T10:30:00.000Z' }) convertedAt!: string;
  @ApiProperty({ example: '2026-11-26T10:30:00.000Z' }) updatedAt!: string;
}

export class ConversionPageResponse {
  @ApiProperty({ type: [ConversionResponse] }) data!: ConversionResponse[];
  @ApiNextCursor() nextCursor!: string | null;
}
