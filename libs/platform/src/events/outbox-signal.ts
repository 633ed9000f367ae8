import { Injectable } from '@nestjs/common';

/** Lets a committed transaction wake the relay at once instead of waiting for its next poll. */
@Injectable()
export class OutboxSignal {
  private listener: (() => void) | null = null;

  onEventsCommitted(listener: () => void): void {
    this.listener = listener;
  }

  eventsCommitted(): void {
    this.listener?.();
  }
}
