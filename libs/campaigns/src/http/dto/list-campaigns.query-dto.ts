import { ApiPropertyOptional } from '@nestjs/swagger';
import { PaginationQueryDto } from '@app/platform';
import { IsIn, IsOptional } from 'class-validator';
import { CAMPAIGN_STATUSES, type CampaignStatus } from '../../domain/campaign-status.js';

export class ListCampaignsQueryDto extends PaginationQueryDto {
  @ApiPropertyOptional({ enum: CAMPAIGN_STATUSES, description: 'Only campaigns in this status.' })
  @IsOptional()
  @IsIn(CAMPAIGN_STATUSES)
  status?: CampaignStatus;
}
