import type { FieldError } from '@app/kernel';
import { scalarText } from './field-values.js';

/** Where a submission came from: its campaign tags and the tracked click it followed. */
export interface TrackingParameters {
  utmSource: string | null;
  utmMedium: string | null;
  utmCampaign: string | null;
  clickId: string | null;
}

const LIMITS = { utm_source: 255, utm_medium: 255, utm_campaign: 255, click_id: 64 } as const;

/**
 * Reads the parameters every form accepts. Values are stored as given, so one that could not
 * be (too long, not a single value) is an error of the submission rather than silently cut.
 */
export function readTrackingParameters(body: Record<string, unknown>): {
  parameters: TrackingParameters;
  errors: FieldError[];
} {
  const errors: FieldError[] = [];
  const read = (name: keyof typeof LIMITS): string | null => {
    const sent = scalarText(body[name]);
    if (typeof sent === 'object' && sent !== null) {
      errors.push({ field: name, message: `${name} must be a single value.` });
      return null;
    }
    const text = sent?.trim() ?? '';
    if (text.length > LIMITS[name]) {
      errors.push({
        field: name,
        message: `${name} must be at most ${LIMITS[name]} characters long.`,
      });
      return null;
    }
    return text === '' ? null : text;
  };
  return {
    parameters: {
      utmSource: read('utm_source'),
      utmMedium: read('utm_medium'),
      utmCampaign: read('utm_campaign'),
      clickId: read('click_id'),
    },
    errors,
  };
}
