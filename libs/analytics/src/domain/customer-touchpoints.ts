/** A click as attribution sees it: when, and whom it credits. */
export interface Touch {
  clickId: string;
  clickedAt: Date;
  campaignId: string;
  affiliateId: string | null;
  /** Sent to the offer; a bot, blocked or mistargeted click saw only the safe page. */
  reachedOffer: boolean;
}

/** A counted conversion with its own click and, when the postback named one, its customer. */
export interface AttributableConversion {
  conversionId: string;
  convertedAt: Date;
  customerId: string | null;
  revenueMinor: number;
  currency: string;
  ownClick: Touch;
}

const DAY_MS = 86_400_000;

/**
 * The clicks that led to one conversion, oldest first. They are the conversion's own click
 * (always: the advertiser credited it) and the customer's other known clicks from within
 * `lookbackDays` before the conversion up to its moment that reached the offer (a visitor sent
 * to the safe page never saw it). Without a customer id the
 * conversion's own click is its only touch. A click counts once however it was found.
 */
export function touchesOf(
  conversion: AttributableConversion,
  customerClicks: readonly Touch[],
  lookbackDays: number,
): Touch[] {
  const touches = new Map<string, Touch>([[conversion.ownClick.clickId, conversion.ownClick]]);
  if (conversion.customerId !== null) {
    const end = conversion.convertedAt.getTime();
    const start = end - lookbackDays * DAY_MS;
    for (const click of customerClicks) {
      const at = click.clickedAt.getTime();
      const inWindow = at >= start && at <= end;
      if (inWindow && click.reachedOffer && !touches.has(click.clickId))
        touches.set(click.clickId, click);
    }
  }
  return [...touches.values()].sort(
    (a, b) =>
      a.clickedAt.getTime() - b.clickedAt.getTime() ||
      (a.clickId < b.clickId ? -1 : a.clickId > b.clickId ? 1 : 0),
  );
}
