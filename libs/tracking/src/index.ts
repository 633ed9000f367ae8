// The tracking context's public face: the only file other contexts and the app may import.
export { TrackingModule } from './tracking.module.js';
export { trackingSchema } from './tracking-schema.js';
export { TRACKING_HOT_ROUTES } from './http/hot-routes.js';
export {
  ConversionRecordedEvent,
  type ConversionRecordedPayload,
} from './domain/events/conversion-recorded.event.js';
export { ConversionStatusChangedEvent } from './domain/events/conversion-status-changed.event.js';
export { GetClickQuery } from './application/queries/get-click/get-click.query.js';
export { ForgetClickVisitorsCommand } from './application/commands/forget-click-visitors/forget-click-visitors.command.js';
export type { ConversionRecord } from './application/queries/conversion-record.js';
export {
  type ApprovedConversionsPage,
  type ConversionPosition,
  ListApprovedConversionsQuery,
} from './application/queries/list-approved-conversions/list-approved-conversions.query.js';
export type { CustomerClickRecord } from './application/queries/list-customer-clicks/customer-click-record.js';
export { ListCustomerClicksQuery } from './application/queries/list-customer-clicks/list-customer-clicks.query.js';
export { ListCustomerConversionsQuery } from './application/queries/list-customer-conversions/list-customer-conversions.query.js';
export { GetTrafficStatsQuery } from './application/queries/get-traffic-stats/get-traffic-stats.query.js';
export {
  type CurrencyTotalsView,
  TRAFFIC_GROUPINGS,
  type TrafficGrouping,
  type TrafficRowView,
  type TrafficStatsView,
  type TrafficTotalsView,
} from './application/queries/get-traffic-stats/traffic-stats.view.js';
export {
  GetTrafficByMinuteQuery,
  type MinuteMoney,
  type TrafficMinuteView,
} from './application/queries/get-traffic-by-minute/get-traffic-by-minute.query.js';
export { TrafficCountsResponse } from './http/dto/traffic-counts.response.js';
