import { ApiProperty } from '@nestjs/swagger';

export class {{Entity}}Response {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ example: 'First {{entity}}' })
  name!: string;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  createdAt!: string;
}
