import { Query } from '@nestjs/cqrs';
import type { Page } from '@app/platform';
import type { AdvertiserView } from '../advertiser.view.js';

/** Advertisers newest first, a page at a time (admins only: the list names every partner). */
export class ListAdvertisersQuery extends Query<Page<AdvertiserView>> {
  constructor(
    readonly limit: number,
    readonly cursor?: string,
  ) {
    super();
  }
}
