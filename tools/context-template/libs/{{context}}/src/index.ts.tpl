// The {{context}} context's public face: the only file other contexts and the app may import.
export { {{Context}}Module } from './{{context}}.module.js';
export { {{contextCamel}}Schema } from './{{context}}-schema.js';
export { {{Entity}}CreatedEvent } from './domain/events/{{entity}}-created.event.js';
export { Get{{Entity}}Query } from './application/queries/get-{{entity}}/get-{{entity}}.query.js';
export type { {{Entity}}View } from './application/queries/{{entity}}.view.js';
