import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsOptional, IsString, MaxLength } from 'class-validator';

export class RequestErasureDto {
  @ApiProperty({
    description:
      "The advertiser's customer id, as conversions (postback customer_id), LTV and retention know the customer.",
    example: 'cust-88412',
    maxLength: 255,
  })
  @IsString()
  @MaxLength(255)
  customerId!: string;

  @ApiPropertyOptional({
    description:
      "The person's email: their leads (on every form) are erased too. Without it, leads are left alone.",
    example: 'ada@analytical-engines.co.uk',
    maxLength: 254,
  })
  @IsOptional()
  @IsString()
  @MaxLength(254)
  @IsEmail({}, { message: 'email must be an email address' })
  email?: string;
}
