import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsNumber, IsOptional } from 'class-validator';

export class BudgetDto {
  @ApiPropertyOptional({
    type: Number,
    description: 'Lifetime spend limit, in the payout currency.',
    example: 10000,
    nullable: true,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  total?: number | null;

  @ApiPropertyOptional({
    type: Number,
    description: 'Daily spend limit (UTC days), at most `total`.',
    example: 500,
    nullable: true,
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  daily?: number | null;
}
