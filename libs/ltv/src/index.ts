// The LTV context's public face: the only file other contexts and the app may import.
export { LtvModule } from './ltv.module.js';
export { ltvSchema } from './ltv-schema.js';
export { registerLtvBodyParsing } from './http/csv-body-parser.js';
