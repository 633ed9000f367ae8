import { ApiProperty } from '@nestjs/swagger';
import { IsString } from 'class-validator';

export class Create{{Entity}}Dto {
  // The shape is checked here; the rules (length, trimming) live in the domain.
  @ApiProperty({ description: 'What the {{entity}} is called, 1 to 200 characters.', example: 'First {{entity}}' })
  @IsString()
  name!: string;
}
