// The retention context's public face: the only file other contexts and the app may import.
export { RetentionModule } from './retention.module.js';
export { retentionSchema } from './retention-schema.js';
