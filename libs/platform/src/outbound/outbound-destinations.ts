import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { HostResolver } from './host-resolver.js';
import { destinationRefusal } from './outbound-destination.js';

/**
 * The save-time check of a URL the platform will call (see destinationRefusal), with the
 * allow-list of OUTBOUND_ALLOWED_IPS and the app's host resolver.
 */
@Injectable()
export class OutboundDestinations {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly resolver: HostResolver,
  ) {}

  /** Why `url` may not be called, or null when it may. */
  refusal(url: string): Promise<string | null> {
    return destinationRefusal(url, this.config.outbound.allowedPrivateAddresses, (host) =>
      this.resolver.resolve(host),
    );
  }
}
