import countries from 'i18n-iso-countries';
import { invalidCampaignField } from './campaigns.errors.js';

export const DEVICE_TYPES = ['desktop', 'mobile', 'tablet'] as const;
export type DeviceType = (typeof DEVICE_TYPES)[number];

export interface TargetingInput {
  countries?: string[] | null;
  devices?: string[] | null;
}

/** Who may see the offer. An empty list means no restriction on that dimension. */
export class Targeting {
  private constructor(
    readonly countries: readonly string[],
    readonly devices: readonly DeviceType[],
  ) {}

  static readonly everyone = new Targeting([], []);

  static parse(input: TargetingInput | null | undefined, field = 'targeting'): Targeting {
    const codes = (input?.countries ?? []).map((code, index) => {
      const upper = typeof code === 'string' ? code.trim().toUpperCase() : '';
      if (!/^[A-Z]{2}$/.test(upper) || !countries.isValid(upper)) {
        throw invalidCampaignField(
          `${field}.countries.${index}`,
          `${String(code)} is not an ISO 3166-1 alpha-2 country code.`,
        );
      }
      return upper;
    });
    const devices = (input?.devices ?? []).map((device, index) => {
      if (!(DEVICE_TYPES as readonly string[]).includes(device)) {
        throw invalidCampaignField(
          `${field}.devices.${index}`,
          `device must be one of ${DEVICE_TYPES.join(', ')}.`,
        );
      }
      return device as DeviceType;
    });
    return new Targeting([...new Set(codes)].sort(), [...new Set(devices)].sort());
  }

  static restore(countryCodes: string[], devices: DeviceType[]): Targeting {
    return new Targeting(countryCodes, devices);
  }
}
