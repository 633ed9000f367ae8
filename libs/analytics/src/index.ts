// The analytics context's public face: the only file other contexts and the app may import.
export { AnalyticsModule } from './analytics.module.js';
