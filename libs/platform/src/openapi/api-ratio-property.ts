import { ApiProperty } from '@nestjs/swagger';

/** A ratio in a report: null when there is nothing to divide by (no clicks, no cost). */
export const ApiRatioProperty = (description: string, example: number, required = true) =>
  ApiProperty({
    required,
    description: `${description} null when undefined (nothing to divide by).`,
    example,
    type: Number,
    nullable: true,
  });

/** Appended to the description of a figure a partner key may not see (see the roles). */
export const ABSENT_FOR = {
  affiliates: ' Absent for affiliate keys.',
  advertisers: ' Absent for advertiser keys.',
  partners: ' Absent for affiliate and advertiser keys.',
} as const;
