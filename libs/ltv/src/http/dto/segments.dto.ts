import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsNumber, IsObject, Min, ValidateIf, ValidateNested } from 'class-validator';

export class SegmentBoundsDto {
  @ApiProperty({ description: 'Lower bound of VIP.', example: 500 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  VIP!: number;

  @ApiProperty({ description: 'Lower bound of High.', example: 200 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  High!: number;

  @ApiProperty({ description: 'Lower bound of Medium (Low is everything below).', example: 50 })
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  Medium!: number;
}

export class SetSegmentsDto {
  @ApiProperty({
    enum: ['absolute', 'percentile'],
    description:
      'absolute: lower bounds of predicted CLV in the reporting currency (major units); percentile: ranks in the base (default rule: top 5 % VIP, next 15 % High, next 30 % Medium).',
    example: 'absolute',
  })
  @IsIn(['absolute', 'percentile'])
  mode!: 'absolute' | 'percentile';

  @ApiPropertyOptional({
    type: SegmentBoundsDto,
    description:
      'absolute: the bounds (VIP > High > Medium >= 0). percentile: cumulative shares from the top in (0, 1], e.g. {VIP: 0.05, High: 0.2, Medium: 0.5}; absent: the default shares.',
  })
  @ValidateIf((dto: SetSegmentsDto) => dto.mode === 'absolute' || dto.thresholds !== undefined)
  @IsObject()
  @ValidateNested()
  @Type(() => SegmentBoundsDto)
  thresholds?: SegmentBoundsDto;
}
