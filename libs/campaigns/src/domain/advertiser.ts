import { ValidationError } from '@app/kernel';
import { CampaignsErrorCode } from './campaigns.errors.js';

export interface AdvertiserProps {
  id: string;
  name: string;
  createdAt: Date;
}

export interface NewAdvertiserInput {
  name: string;
}

const MAX_NAME_LENGTH = 200;

/**
 * The company whose offers the network runs. Campaigns name it, and an advertiser key is bound
 * to it, which is what lets an advertiser read its own campaigns' conversions and nobody else's.
 */
export class Advertiser {
  private constructor(private readonly props: AdvertiserProps) {}

  static register(input: NewAdvertiserInput, id: string, now: Date): Advertiser {
    const name = typeof input.name === 'string' ? input.name.trim() : '';
    if (name.length < 1 || name.length > MAX_NAME_LENGTH) {
      throw ValidationError.forField(
        CampaignsErrorCode.InvalidAdvertiser,
        'name',
        `name must be 1 to ${MAX_NAME_LENGTH} characters long.`,
      );
    }
    return new Advertiser({ id, name, createdAt: now });
  }

  static restore(props: AdvertiserProps): Advertiser {
    return new Advertiser({ ...props });
  }

  get id(): string {
    return this.props.id;
  }

  get name(): string {
    return this.props.name;
  }

  get snapshot(): Readonly<AdvertiserProps> {
    return this.props;
  }
}
