import { Controller, Get, Param, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses } from '@app/platform';
import type { CustomerJourneyView } from '../application/queries/get-customer-journey/customer-journey.view.js';
import { GetCustomerJourneyQuery } from '../application/queries/get-customer-journey/get-customer-journey.query.js';
import {
  CustomerIdParamDto,
  CustomerJourneyQueryDto,
  CustomerJourneyResponse,
  DEFAULT_JOURNEY_LIMIT,
} from './dto/customer-journey.dto.js';

@ApiTags('analytics')
@Controller('v1/customers')
export class CustomerJourneyController {
  constructor(private readonly queries: QueryBus) {}

  @Get(':customerId/journey')
  @ApiParam({
    name: 'customerId',
    description:
      "The advertiser's customer id, as in postbacks (`customer_id`), tracking links (`external_id`), purchases and events.",
    schema: { type: 'string', example: 'cust-88412' },
  })
  @ApiOperation({
    summary:
      "One customer's clicks, leads, conversions, purchases and retention messages and events, in time order.",
    description:
      "Clicks are those of the customer's conversions and those whose link carried the customer id as `external_id`; leads are those submitted with one of these clicks' ids. Oldest first, at most `limit` steps; when more follow, `nextFrom` starts the next page.",
  })
  @ApiOkResponse({ type: CustomerJourneyResponse })
  @ApiProblemResponses(404, 422)
  getCustomerJourney(
    @Param() params: CustomerIdParamDto,
    @Query() query: CustomerJourneyQueryDto,
  ): Promise<CustomerJourneyView> {
    return this.queries.execute(
      new GetCustomerJourneyQuery(
        params.customerId,
        query.limit ?? DEFAULT_JOURNEY_LIMIT,
        query.from === undefined ? undefined : new Date(query.from),
        query.to === undefined ? undefined : new Date(query.to),
      ),
    );
  }
}
