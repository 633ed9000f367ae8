import { ApiProperty } from '@nestjs/swagger';
import type { AdvertiserPostbackUrlView } from '../../application/queries/get-advertiser-postback-url/advertiser-postback-url.view.js';

const ID = '0193a1b2-7c4d-7e5f-8a9b-0c1d2e3f4a5b';
const SECRET = 'q7c2Xh0vLwN3m9R1tYp5uE8kJd4sFa6bGz0iOeHn2Wc';

export class AdvertiserPostbackUrlResponse implements AdvertiserPostbackUrlView {
  @ApiProperty({ example: ID })
  advertiserId!: string;

  @ApiProperty({
    description:
      "The URL to give this advertiser; it fills the {placeholders} with its own system's macros. It records conversions of this advertiser's campaigns only.",
    example: `https://track.example.com/v1/postback?token=${ID}.2.${SECRET}&click_id={click_id}&txid={txid}&revenue={revenue}&currency={currency}&status={status}&customer_id={customer_id}`,
  })
  url!: string;

  @ApiProperty({
    description:
      'The postback token: `<advertiser id>.<version>.<secret>`. The secret is derived from SECRET_KEY and never stored.',
    example: `${ID}.2.${SECRET}`,
  })
  token!: string;

  @ApiProperty({
    description:
      'For signed postbacks, sent as X-Postback-Key instead of the token (see the postback operation).',
    example: `${ID}.2`,
  })
  keyId!: string;

  @ApiProperty({
    description:
      'For signed postbacks: the key of the HMAC-SHA256 signature. It never travels with a postback.',
    example: SECRET,
  })
  signingSecret!: string;

  @ApiProperty({ description: 'Counts up with each rotation, from 1.', example: 2 })
  version!: number;

  @ApiProperty({
    type: String,
    nullable: true,
    description:
      'Until when the secret before this one is still accepted after a rotation (POSTBACK_SECRET_GRACE_HOURS); null when it no longer is.',
    example: '2026-12-08T09:00:00.000Z',
  })
  previousSecretValidUntil!: string | null;
}
