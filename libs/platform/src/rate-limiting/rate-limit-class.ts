import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiProblemResponses } from '../openapi/api-problem-responses.decorator.js';

/**
 * The classes of routes that share a rate limit. Routes without a class are `management`
 * when they need an API key, and unlimited when they are public (health, docs, mock pages).
 */
export const RATE_LIMIT_CLASSES = ['click', 'postback', 'forms', 'management'] as const;
export type RateLimitClass = (typeof RATE_LIMIT_CLASSES)[number];

export const RATE_LIMIT_CLASS = 'rateLimitClass';

/** Puts a public route (or every route of a controller) in a rate-limit class, and says so. */
export const RateLimited = (routeClass: Exclude<RateLimitClass, 'management'>) =>
  applyDecorators(SetMetadata(RATE_LIMIT_CLASS, routeClass), ApiProblemResponses(429));
