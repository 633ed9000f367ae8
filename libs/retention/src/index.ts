// The retention context's public face: the only file other contexts and the app may import.
export { RetentionModule } from './retention.module.js';
export { retentionSchema } from './retention-schema.js';
export {
  ListCustomerEventsQuery,
  type RetentionEventRecord,
} from './application/queries/list-customer-events/list-customer-events.query.js';
export {
  ListCustomerMessagesQuery,
  type RetentionMessageRecord,
} from './application/queries/list-customer-messages/list-customer-messages.query.js';
