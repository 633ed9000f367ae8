// The leads context's public face: the only file other contexts and the app may import.
export { LeadsModule } from './leads.module.js';
export { leadsSchema } from './leads-schema.js';
export {
  LeadCapturedEvent,
  type LeadCapturedPayload,
} from './domain/events/lead-captured.event.js';
export {
  LeadConvertedEvent,
  type LeadConvertedPayload,
} from './domain/events/lead-converted.event.js';
export { LeadErasedEvent, type LeadErasedPayload } from './domain/events/lead-erased.event.js';
export {
  type LeadRecord,
  ListLeadsByClicksQuery,
} from './application/queries/list-leads-by-clicks/list-leads-by-clicks.query.js';
export { GetLeadAnalyticsQuery } from './application/queries/get-lead-analytics/get-lead-analytics.query.js';
export type {
  FunnelView,
  LeadAnalyticsView,
} from './application/queries/get-lead-analytics/lead-analytics.view.js';
export {
  GetLeadsByMinuteQuery,
  type LeadsMinuteView,
} from './application/queries/get-leads-by-minute/get-leads-by-minute.query.js';
export { FunnelResponse } from './http/dto/analytics.dto.js';
export { EMPTY_FUNNEL, funnelRates } from './domain/funnel.js';
