import { invalidCampaignField } from './campaigns.errors.js';

export interface ScheduleInput {
  startsAt?: Date | null;
  endsAt?: Date | null;
}

/** When a campaign may receive traffic; either end may be open. Start comes before end. */
export class Schedule {
  private constructor(
    readonly startsAt: Date | null,
    readonly endsAt: Date | null,
  ) {}

  static readonly open = new Schedule(null, null);

  static parse(input: ScheduleInput | null | undefined, field = 'schedule'): Schedule {
    const startsAt = input?.startsAt ?? null;
    const endsAt = input?.endsAt ?? null;
    for (const [name, value] of [
      ['startsAt', startsAt],
      ['endsAt', endsAt],
    ] as const) {
      if (value && Number.isNaN(value.getTime()))
        throw invalidCampaignField(`${field}.${name}`, `${name} is not a valid date.`);
    }
    if (startsAt && endsAt && startsAt.getTime() >= endsAt.getTime()) {
      throw invalidCampaignField(`${field}.endsAt`, 'endsAt must be after startsAt.');
    }
    return new Schedule(startsAt, endsAt);
  }

  static restore(startsAt: Date | null, endsAt: Date | null): Schedule {
    return new Schedule(startsAt, endsAt);
  }

  hasEndedAt(now: Date): boolean {
    return this.endsAt !== null && this.endsAt.getTime() <= now.getTime();
  }
}
