import { RequestMethod } from '@nestjs/common';
import type { RouteInfo } from '@app/platform';

/** The routes every visitor hits: no per-request log line, so they stay fast under load. */
export const TRACKING_HOT_ROUTES: RouteInfo[] = [
  { path: 'v1/click', method: RequestMethod.GET },
  { path: 'v1/impression', method: RequestMethod.GET },
];
