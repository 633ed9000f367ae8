import { ApiProperty } from '@nestjs/swagger';
import { ApiNextCursor } from '@app/platform';
import { IsString, MaxLength } from 'class-validator';

export class CreateAdvertiserDto {
  @ApiProperty({
    description: 'The company, 1 to 200 characters, unique among advertisers.',
    example: 'Acme VPN Inc.',
  })
  @IsString()
  @MaxLength(200)
  name!: string;
}

export class AdvertiserResponse {
  @ApiProperty({ example: '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b' })
  id!: string;

  @ApiProperty({ example: 'Acme VPN Inc.' })
  name!: string;

  @ApiProperty({ example: '2026-11-26T09:00:00.000Z' })
  createdAt!: string;
}

export class AdvertiserPageResponse {
  @ApiProperty({ type: [AdvertiserResponse] })
  data!: AdvertiserResponse[];

  @ApiNextCursor()
  nextCursor!: string | null;
}
