// The kernel's public face: the framework-free building blocks every library may import, and the
// only library a domain/ folder may import. Nothing here imports Nest, TypeORM, a validator,
// Fastify, a database driver or another library (.dependency-cruiser.cjs checks it).
export * from './aggregate-root.js';
export * from './api-key-role.js';
export * from './clock.js';
export * from './domain-error.js';
export * from './domain-event.js';
export * from './ids.js';
export * from './ip-network.js';
export * from './ip-truncation.js';
export * from './iso-instant.js';
export * from './money.js';
export * from './retry-delay.js';
export * from './storable-text.js';
export * from './validation-collector.js';
export * from './window-counter.js';
