import { ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, IsArray, IsIn, IsOptional, IsString } from 'class-validator';
import { DEVICE_TYPES, type DeviceType } from '../../domain/targeting.js';

export class TargetingDto {
  @ApiPropertyOptional({
    type: [String],
    description:
      'ISO 3166-1 alpha-2 country codes allowed to see the offer; empty or absent means all.',
    example: ['US', 'CA'],
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @IsString({ each: true })
  countries?: string[];

  @ApiPropertyOptional({
    enum: DEVICE_TYPES,
    isArray: true,
    description: 'Device types allowed; empty or absent means all.',
    example: ['mobile'],
  })
  @IsOptional()
  @IsArray()
  @IsIn(DEVICE_TYPES, { each: true })
  devices?: DeviceType[];
}
