import { Query } from '@nestjs/cqrs';
import type { CustomerLtvView } from '../get-customer-ltv/get-customer-ltv.query.js';

/**
 * Every customer's P(alive), predicted CLV and segment from the newest fit, by customer id: what
 * GetCustomerLtvQuery gives for one, read in one pass for a whole base (retention's daily
 * recalculation). Published in @app/ltv for other contexts.
 */
export class ListCustomersLtvQuery extends Query<Map<string, CustomerLtvView>> {}
