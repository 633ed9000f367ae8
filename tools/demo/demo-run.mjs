import {
  activateCampaign,
  countImpression,
  createAffiliate,
  createBlocklistEntry,
  createCampaign,
  createPlatformClient,
  followTrackingLink,
  getClick,
  getPostbackUrl,
  recordBehaviourEvents,
  recordPostback,
} from '../../sdk/dist/index.js';
import {
  AFFILIATES,
  CAMPAIGNS,
  CLICK_FARM,
  COUNTRIES,
  REFERRERS,
  seededRandom,
  USER_AGENTS,
} from './demo-data.mjs';
import { dayOfLeads } from './form-leads.mjs';
import { createPacedFetch, paceNotice } from './paced-fetch.mjs';
import { loadPurchaseHistory } from './purchase-history.mjs';
import { inParallel, unexpected } from './requests.mjs';
import { winBack } from './win-back.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** POST /v1/events takes at most this many events a call. */
const EVENTS_PER_CALL = 1000;
/** Evening-heavy traffic: the share of a day's visits in each UTC hour. */
const HOURLY_SHAPE = Array.from(
  { length: 24 },
  (_, h) => 1 + Math.sin(((h - 9) / 24) * 2 * Math.PI),
);

/**
 * One month of an affiliate network, told through the API: partners and offers are set up on
 * the first day, then every hour brings impressions, clicks (people and some bots, from several
 * countries and devices, some from a blocked click farm), the conversions advertisers report by
 * postback, and form leads that sales moves along. With a clock (in-process) the hours really
 * pass; without one (a running API) everything happens now. Then, optionally, the CDNOW purchase
 * history, and at the end the churn scores and a win-back campaign (win-back.mjs).
 *
 * Every request goes through a paced fetch (paced-fetch.mjs) that keeps under the API's limits.
 */
export class DemoRun {
  constructor({
    baseUrl,
    apiKey,
    clock,
    days,
    clicksPerDay,
    leadsPerDay = 12,
    until = Date.now(),
    purchaseHistory = null,
    time,
    out = process.stdout,
  }) {
    this.fetch = createPacedFetch({ time });
    this.client = createPlatformClient({ baseUrl, apiKey, fetch: this.fetch });
    this.clock = clock;
    this.until = until;
    this.days = days;
    this.clicksPerDay = clicksPerDay;
    this.leadsPerDay = leadsPerDay;
    this.purchaseHistory = purchaseHistory;
    this.out = out;
    this.random = seededRandom(20261126);
    this.tag = Date.now().toString(36);
    this.totals = {
      affiliates: 0,
      campaigns: 0,
      impressions: 0,
      'clicks to the offer': 0,
      'clicks to the safe page (bots, blocked, targeting, budget)': 0,
      'conversions approved': 0,
      'conversions pending or rejected': 0,
      'form submissions': 0,
      'leads moved along the funnel': 0,
      'engagement events': 0,
    };
    this.visitors = 0;
    this.customers = 0;
    this.conversions = 0;
    this.recentVisitors = [];
    this.recentClicks = [];
    this.emails = [];
    /** Buyers by customer id: when they first bought, and whether their interest fades. */
    this.buyers = new Map();
    /** Sales not yet seen as visits to the advertiser's site: who bought, and when. */
    this.purchases = [];
  }

  /** Requests made, held back to stay under a limit, and sent again after a 429 or a 409. */
  get pacing() {
    return this.fetch.stats;
  }

  async play() {
    const start = startOfDay(this.until - this.days * DAY);
    this.setTime(start);
    await this.setUp();
    await this.checkVisitorAddresses();
    for (let day = 0; day < this.days; day += 1) {
      const volume = this.volume(start, day);
      // Each offer's click-through rate moves from day to day (creatives, placements, mood).
      this.ctr = new Map(
        this.campaigns.map(([campaign]) => [
          campaign.id,
          campaign.ctr * (0.7 + 0.6 * this.random.next()),
        ]),
      );
      for (let hour = 0; hour < 24; hour += 1) {
        this.setTime(start + day * DAY + hour * HOUR);
        await this.hourOfTraffic(Math.round((volume * HOURLY_SHAPE[hour]) / 24));
      }
      // The day's last half hour: every click of the day has happened, so a lead may name any.
      this.setTime(start + day * DAY + 23.5 * HOUR);
      await dayOfLeads(this);
      await this.dayOfEngagement(start + day * DAY);
      const clicks =
        this.totals['clicks to the offer'] +
        this.totals['clicks to the safe page (bots, blocked, targeting, budget)'];
      this.out.write(`\rday ${day + 1}/${this.days}: ${clicks} clicks`);
    }
    this.setTime(this.until);
    if (this.purchaseHistory) {
      const history = await loadPurchaseHistory(this.client, {
        ...this.purchaseHistory,
        until: this.until,
        out: this.out,
      });
      this.totals['LTV purchases (CDNOW history, ending yesterday)'] = history.purchases;
      this.fit = history.fit;
    }
    this.retention = await winBack(this.client);
    // Risk levels and the campaign's enrolment are in this.retention, for the report.
    this.totals['retention campaigns'] = 1;
    this.totals['customers scored for churn'] = this.retention.churn.customers;
    return this.totals;
  }

  setTime(at) {
    this.clock?.set(new Date(Math.min(at, this.until)));
  }

  async setUp() {
    this.affiliates = [];
    for (const [name, weight] of AFFILIATES) {
      const email = `${name.toLowerCase().replace(/\W+/g, '.')}+${this.tag}@partners.example`;
      const { data } = await createAffiliate({
        client: this.client,
        body: { name, email },
        throwOnError: true,
      });
      this.affiliates.push([data, weight]);
      this.totals.affiliates += 1;
    }
    this.campaigns = [];
    for (const { weight, ctr, rate, revenue, ...definition } of CAMPAIGNS) {
      const { data } = await createCampaign({
        client: this.client,
        body: definition,
        throwOnError: true,
      });
      await activateCampaign({ client: this.client, path: { id: data.id }, throwOnError: true });
      // Each advertiser reports its own campaigns' sales with its own postback token.
      const { data: postback } = await getPostbackUrl({
        client: this.client,
        path: { id: data.advertiserId },
        throwOnError: true,
      });
      this.campaigns.push([{ ...data, ctr, rate, revenue, postbackToken: postback.token }, weight]);
      this.totals.campaigns += 1;
    }
    // The network blocks a click farm's referrer; a 409 says an earlier run already did.
    const { response } = await createBlocklistEntry({
      client: this.client,
      body: { kind: 'referrer_domain', value: CLICK_FARM.domain, note: 'Traffic exchange' },
    });
    if (response?.status !== 201 && response?.status !== 409) {
      throw new Error(`blocking the click farm answered ${response?.status}`);
    }
  }

  /**
   * Whether the API tells the demo's visitors apart: it does when it trusts the X-Forwarded-For
   * each click carries (TRUST_PROXY; the in-process API does). One visit's click is read back: if
   * its address is not the visitor's, every visitor is the demo's own address to the API, whose
   * per-address limits then count all the traffic, so the demo paces itself under them.
   */
  async checkVisitorAddresses() {
    const visit = this.visit();
    const clickId = await this.click(visit);
    const { data } = await getClick({
      client: this.client,
      path: { id: clickId },
      throwOnError: true,
    });
    this.fetch.stats.oneAddress = data.ip !== visit.visitor.ip;
    this.out.write(
      this.fetch.stats.oneAddress
        ? paceNotice(data, this.plannedClicks())
        : 'The API sees each visitor at their own address (it trusts their X-Forwarded-For):' +
            " only the per-key and postback limits count all of the demo's requests.\n",
    );
  }

  /** About how many clicks the days will bring (before rounding by the hour). */
  plannedClicks() {
    const start = startOfDay(this.until - this.days * DAY);
    const days = Array.from({ length: this.days }, (_, day) => this.volume(start, day));
    return Math.round(days.reduce((sum, clicks) => sum + clicks, 0));
  }

  /** A day's clicks: weekends are quieter; the programme grows through the month. */
  volume(start, day) {
    const weekday = new Date(start + day * DAY).getUTCDay();
    return this.clicksPerDay * (weekday % 6 === 0 ? 0.7 : 1) * (0.8 + (0.4 * day) / this.days);
  }

  async hourOfTraffic(clicks) {
    const visits = Array.from({ length: clicks }, () => this.visit());
    await inParallel(visits, (visit) => this.click(visit));
    // The ads behind those clicks: per offer and partner, clicks over the offer's CTR of the day.
    const placements = new Map();
    for (const visit of visits) {
      const key = `${visit.campaign.id} ${visit.affiliate.id}`;
      placements.set(key, { visit, clicks: (placements.get(key)?.clicks ?? 0) + 1 });
    }
    const impressions = [...placements.values()].flatMap(({ visit, clicks }) =>
      Array.from({ length: Math.round(clicks / this.ctr.get(visit.campaign.id)) }, () => visit),
    );
    await inParallel(impressions, async ({ campaign, affiliate }) => {
      await countImpression({
        client: this.client,
        query: { campaign_id: campaign.id, affiliate_id: affiliate.id },
        throwOnError: true,
      });
      this.totals.impressions += 1;
    });
  }

  /**
   * Who clicks what: a campaign, an affiliate, and a visitor (now and then one seen before);
   * half of the grey-hat partner's visits come from the click farm.
   */
  visit() {
    const campaign = this.random.weighted(this.campaigns);
    const affiliate = this.random.weighted(this.affiliates);
    const returning = this.recentVisitors.length > 0 && this.random.chance(0.08);
    const visitor = returning ? this.random.pick(this.recentVisitors) : this.newVisitor();
    const farmed = affiliate.name === CLICK_FARM.affiliate && this.random.chance(CLICK_FARM.share);
    const referrer = farmed ? `${CLICK_FARM.referrer}${this.visitors}` : visitor.referrer;
    return { campaign, affiliate, visitor, referrer };
  }

  newVisitor() {
    const [, prefixes] = this.random.weighted(COUNTRIES);
    this.visitors += 1;
    const visitor = {
      ip: `${this.random.pick(prefixes)}${this.visitors % 250}.${1 + Math.floor(this.random.next() * 250)}`,
      userAgent: this.random.weighted(USER_AGENTS),
      referrer: this.random.pick(REFERRERS),
    };
    this.recentVisitors.push(visitor);
    if (this.recentVisitors.length > 500) this.recentVisitors.shift();
    return visitor;
  }

  /** One click through the tracking link; its id, whether it reached the offer or not. */
  async click({ campaign, affiliate, visitor, referrer }) {
    const { response, error } = await followTrackingLink({
      client: this.client,
      query: {
        campaign_id: campaign.id,
        affiliate_id: affiliate.id,
        sub1: `placement-${1 + Math.floor(this.random.next() * 8)}`,
        sub2: this.random.pick(['banner', 'native', 'email']),
      },
      headers: {
        'user-agent': visitor.userAgent,
        'x-forwarded-for': visitor.ip,
        ...(referrer ? { referer: referrer } : {}),
      },
      redirect: 'manual',
    });
    if (response?.status !== 302) throw unexpected('a click', response, error);
    const clickId = response.headers.get('x-click-id');
    const toOffer = response.headers.get('location').startsWith('https://offers.example.com/');
    if (!toOffer) {
      this.totals['clicks to the safe page (bots, blocked, targeting, budget)'] += 1;
      return clickId;
    }
    this.totals['clicks to the offer'] += 1;
    this.recentClicks.push({ clickId, campaign, affiliate, visitor });
    if (this.recentClicks.length > 200) this.recentClicks.shift();
    if (this.random.chance(campaign.rate)) await this.convert(clickId, campaign);
    return clickId;
  }

  /** The advertiser's postback: a sale (or a lead) with its revenue and the buyer's id. */
  async convert(clickId, campaign) {
    const [low, high] = campaign.revenue;
    const repeatBuyer = this.customers > 0 && this.random.chance(0.2);
    const customer = repeatBuyer
      ? 1 + Math.floor(this.random.next() * this.customers)
      : (this.customers += 1);
    const status = this.random.weighted([
      ['approved', 90],
      ['pending', 7],
      ['rejected', 3],
    ]);
    this.conversions += 1;
    const customerId = `cust-${this.tag}-${customer}`;
    const now = this.clock?.now().getTime() ?? Date.now();
    if (!this.buyers.has(customerId)) {
      this.buyers.set(customerId, { since: now, fades: this.random.chance(0.4) });
    }
    this.purchases.push({ customerId, at: now });
    await recordPostback({
      client: this.client,
      query: {
        token: campaign.postbackToken,
        click_id: clickId,
        txid: `ORD-${this.tag}-${this.conversions}`,
        revenue: (low + this.random.next() * (high - low)).toFixed(2),
        customer_id: customerId,
        status,
      },
      throwOnError: true,
    });
    this.totals[
      status === 'approved' ? 'conversions approved' : 'conversions pending or rejected'
    ] += 1;
  }

  /**
   * Visits to the advertiser's site, sent in batches as a site's event pipeline would. Every
   * sale was made in a visit: a short session ending at the purchase. On the days after their
   * first purchase buyers come back, loyal ones about every other day, the others less and less,
   * so some drift towards churn; each return is a session with a few page views.
   */
  async dayOfEngagement(dayStart) {
    const events = [];
    for (const { customerId, at } of this.purchases.splice(0)) {
      events.push(...session(customerId, at - 3 * MINUTE, 2));
    }
    for (const [customerId, { since, fades }] of this.buyers) {
      if (since >= dayStart) continue;
      const daysSince = (dayStart - since) / DAY;
      const chance = fades ? 0.5 * Math.exp(-daysSince / 5) : 0.5;
      if (!this.random.chance(chance)) continue;
      const at = dayStart + (8 + Math.floor(this.random.next() * 11)) * HOUR;
      events.push(...session(customerId, at, 1 + Math.floor(this.random.next() * 5)));
    }
    for (let i = 0; i < events.length; i += EVENTS_PER_CALL) {
      await recordBehaviourEvents({
        client: this.client,
        body: { events: events.slice(i, i + EVENTS_PER_CALL) },
        throwOnError: true,
      });
    }
    this.totals['engagement events'] += events.length;
  }
}

const event = (customerId, type, at) => ({
  customerId,
  type,
  occurredAt: new Date(at).toISOString(),
});

/** A visit from `at`: its start, a page view a minute, and its end with the time spent. */
function session(customerId, at, views) {
  const pages = Array.from({ length: views }, (_, view) =>
    event(customerId, 'page_view', at + (view + 1) * MINUTE),
  );
  return [
    event(customerId, 'session_start', at),
    ...pages,
    {
      ...event(customerId, 'session_end', at + (views + 1) * MINUTE),
      durationSeconds: ((views + 1) * MINUTE) / 1000,
    },
  ];
}

function startOfDay(time) {
  return Math.floor(time / DAY) * DAY;
}
