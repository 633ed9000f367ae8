// The privacy context's public face: the only file other contexts and the app may import.
export { PrivacyModule } from './privacy.module.js';
export { privacySchema } from './privacy-schema.js';
export {
  ErasureRequestedEvent,
  type ErasureRequestedPayload,
} from './domain/events/erasure-requested.event.js';
export {
  PersonalDataErasedEvent,
  type PersonalDataErasedPayload,
} from './domain/events/personal-data-erased.event.js';
export type { ErasureSubject } from './domain/erasure-subject.js';
export { CustomerErasedSinceQuery } from './application/queries/customer-erased-since/customer-erased-since.query.js';
export { GetErasureSubjectQuery } from './application/queries/get-erasure-subject/get-erasure-subject.query.js';
export {
  type ErasurePart,
  type ErasureParticipant,
  takePartInErasure,
} from './application/events/take-part-in-erasure.js';
