// The analytics context's public face: the only file other contexts and the app may import.
export { AnalyticsModule } from './analytics.module.js';
export { GetAnalyticsOverviewQuery } from './application/queries/get-analytics-overview/get-analytics-overview.query.js';
export type { AnalyticsOverviewView } from './application/queries/get-analytics-overview/analytics-overview.view.js';
export {
  GetRealtimeQuery,
  type RealtimeView,
} from './application/queries/get-realtime/get-realtime.query.js';
