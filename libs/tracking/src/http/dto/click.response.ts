import { ApiNextCursor } from '@app/platform';
import { ApiProperty } from '@nestjs/swagger';
import { CLICK_REASONS } from '../../domain/click-reason.js';

const nullableText = (description: string, example: string) =>
  ApiProperty({ description, example, type: String, nullable: true });

export class ClickResponse {
  @ApiProperty({
    description: 'The click id (as sent to the offer in {click_id}); it carries the click time.',
    example: 'AaIXFUaAZfO61E9YhM0vNXcF',
  })
  id!: string;

  @ApiProperty({
    description: 'When the click was made (ISO 8601, UTC).',
    example: '2026-11-26T09:00:00.000Z',
  })
  clickedAt!: string;

  @ApiProperty({ example: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11' })
  campaignId!: string;

  @nullableText(
    'The affiliate id from the tracking link, as given (even when no affiliate has it); null: none.',
    '01936f9e-8c2d-7e4b-a011-3c7d2f1e5b22',
  )
  affiliateId!: string | null;

  @nullableText('Affiliate sub id 1.', 'summer-banner')
  sub1!: string | null;

  @nullableText('Affiliate sub id 2.', 'placement-7')
  sub2!: string | null;

  @nullableText('Affiliate sub id 3.', 'creative-b')
  sub3!: string | null;

  @nullableText('Affiliate sub id 4.', 'geo-us')
  sub4!: string | null;

  @nullableText('Affiliate sub id 5.', 'v2')
  sub5!: string | null;

  @nullableText("The affiliate's own id for the visit (external_id).", 'visit-42')
  externalId!: string | null;

  @ApiProperty({
    description:
      "The visitor's IP address; its host part zeroed after IP_RETENTION_DAYS (203.0.113.0), null once the customer's data is erased.",
    example: '203.0.113.7',
    nullable: true,
    type: String,
  })
  ip!: string | null;

  @ApiProperty({
    description:
      "The User-Agent header (up to 1024 characters; empty when none was sent); null once the customer's data is erased.",
    example:
      'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/131.0 Safari/537.36',
    nullable: true,
    type: String,
  })
  userAgent!: string | null;

  @nullableText('The Referer header (up to 2048 characters).', 'https://blog.example.net/post')
  referrer!: string | null;

  @nullableText('ISO 3166-1 alpha-2, located from the IP; null when unknown.', 'US')
  country!: string | null;

  @nullableText('desktop, mobile or tablet; null when unknown.', 'desktop')
  deviceType!: string | null;

  @nullableText('Operating system.', 'Windows')
  os!: string | null;

  @nullableText('Browser.', 'Chrome')
  browser!: string | null;

  @ApiProperty({ description: 'A bot user agent (or none at all).', example: false })
  isBot!: boolean;

  @ApiProperty({
    description: 'Refused by the fraud rules or the affiliate checks.',
    example: false,
  })
  isBlocked!: boolean;

  @ApiProperty({
    description: "The visitor's first click on this link in 24 hours, sent to the offer.",
    example: true,
  })
  isUnique!: boolean;

  @ApiProperty({
    description:
      'Why the click was not simply sent to the offer, in the order checked; [] for a clean click.',
    enum: CLICK_REASONS,
    isArray: true,
    example: [],
  })
  reasons!: string[];

  @ApiProperty({
    enum: ['offer', 'safe_page'],
    description: 'Where the visitor was sent.',
    example: 'offer',
  })
  destinationKind!: string;

  @ApiProperty({
    description: 'The URL the visitor was redirected to, macros filled.',
    example: 'https://offers.example.com/vpn?click=AaIXFUaAZfO61E9YhM0vNXcF',
  })
  destination!: string;
}

export class ClickPageResponse {
  @ApiProperty({ type: [ClickResponse] })
  data!: ClickResponse[];

  @ApiNextCursor()
  nextCursor!: string | null;
}
