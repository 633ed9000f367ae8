import {
  activateCampaign,
  activateRetentionCampaign,
  changeLeadStatus,
  countImpression,
  createAffiliate,
  createCampaign,
  createRetentionCampaign,
  followTrackingLink,
  getPostbackUrl,
  recalculateRetention,
  recordBehaviourEvents,
  recordPostback,
  submitForm,
} from '../../sdk/dist/index.js';
import {
  AFFILIATES,
  CAMPAIGNS,
  COMPANIES,
  COUNTRIES,
  FIRST_NAMES,
  JOB_TITLES,
  LAST_NAMES,
  MESSAGES,
  REFERRERS,
  seededRandom,
  USER_AGENTS,
  UTM_SOURCES,
} from './demo-data.mjs';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Requests in flight at once: enough to keep the API busy, few enough to stay polite. */
const PARALLEL = 16;
const IMPRESSIONS_PER_CLICK = 6;
const LEADS_PER_DAY = 12;
/** POST /v1/events takes at most this many events a call. */
const EVENTS_PER_CALL = 1000;
/** Evening-heavy traffic: the share of a day's visits in each UTC hour. */
const HOURLY_SHAPE = Array.from(
  { length: 24 },
  (_, h) => 1 + Math.sin(((h - 9) / 24) * 2 * Math.PI),
);

/** Runs `task` over `items`, PARALLEL at a time. */
async function inParallel(items, task) {
  for (let i = 0; i < items.length; i += PARALLEL) {
    await Promise.all(items.slice(i, i + PARALLEL).map(task));
  }
}

/**
 * One month of an affiliate network, told through the API: partners and offers are set up on
 * the first day, then every hour brings impressions, clicks (people and some bots, from several
 * countries and devices), the conversions advertisers report by postback, and form leads that
 * sales moves along. With a clock (in-process) the hours really pass; without one (a running
 * API) everything happens now.
 */
export class DemoRun {
  constructor({ client, clock, days, clicksPerDay, until = Date.now() }) {
    this.client = client;
    this.clock = clock;
    this.until = until;
    this.days = days;
    this.clicksPerDay = clicksPerDay;
    this.random = seededRandom(20261126);
    this.tag = Date.now().toString(36);
    this.totals = {
      affiliates: 0,
      campaigns: 0,
      impressions: 0,
      'clicks to the offer': 0,
      'clicks to the safe page (bots, targeting, budget)': 0,
      'conversions approved': 0,
      'conversions pending or rejected': 0,
      'form submissions': 0,
      'leads moved along the funnel': 0,
      'engagement events': 0,
      'retention campaigns': 0,
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

  async play() {
    const start = startOfDay(this.until - this.days * DAY);
    this.setTime(start);
    await this.setUp();
    for (let day = 0; day < this.days; day += 1) {
      // Weekends are quieter; the programme grows through the month.
      const weekday = new Date(start + day * DAY).getUTCDay();
      const volume =
        this.clicksPerDay * (weekday % 6 === 0 ? 0.7 : 1) * (0.8 + (0.4 * day) / this.days);
      for (let hour = 0; hour < 24; hour += 1) {
        this.setTime(start + day * DAY + hour * HOUR);
        await this.hourOfTraffic(Math.round((volume * HOURLY_SHAPE[hour]) / 24));
      }
      // The day's last half hour: every click of the day has happened, so a lead may name any.
      this.setTime(start + day * DAY + 23.5 * HOUR);
      await this.dayOfLeads();
      await this.dayOfEngagement(start + day * DAY);
      process.stdout.write(`\rday ${day + 1}/${this.days}`);
    }
    this.setTime(this.until);
    await this.winBackCampaign();
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
    for (const { weight, rate, revenue, ...definition } of CAMPAIGNS) {
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
      this.campaigns.push([{ ...data, rate, revenue, postbackToken: postback.token }, weight]);
      this.totals.campaigns += 1;
    }
  }

  async hourOfTraffic(clicks) {
    const visits = Array.from({ length: clicks }, () => this.visit());
    await inParallel(visits, (visit) => this.click(visit));
    const impressions = visits.flatMap((visit) =>
      Array.from({ length: IMPRESSIONS_PER_CLICK }, () => visit),
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

  /** Who clicks what: a campaign, an affiliate, and a visitor (now and then one seen before). */
  visit() {
    const campaign = this.random.weighted(this.campaigns);
    const affiliate = this.random.weighted(this.affiliates);
    const returning = this.recentVisitors.length > 0 && this.random.chance(0.08);
    const visitor = returning ? this.random.pick(this.recentVisitors) : this.newVisitor();
    return { campaign, affiliate, visitor };
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

  async click({ campaign, affiliate, visitor }) {
    const { response } = await followTrackingLink({
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
        ...(visitor.referrer ? { referer: visitor.referrer } : {}),
      },
      redirect: 'manual',
    });
    if (response?.status !== 302) throw new Error(`a click answered ${response?.status}`);
    const clickId = response.headers.get('x-click-id');
    const toOffer = response.headers.get('location').startsWith('https://offers.example.com/');
    if (!toOffer) {
      this.totals['clicks to the safe page (bots, targeting, budget)'] += 1;
      return;
    }
    this.totals['clicks to the offer'] += 1;
    this.recentClicks.push({ clickId, campaign, affiliate, visitor });
    if (this.recentClicks.length > 200) this.recentClicks.shift();
    if (this.random.chance(campaign.rate)) await this.convert(clickId, campaign);
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

  /** A win-back campaign for buyers at high risk of churning, then today's churn scores. */
  async winBackCampaign() {
    const { data } = await createRetentionCampaign({
      client: this.client,
      body: {
        name: 'Win back fading buyers',
        trigger: { riskLevels: ['high', 'critical'] },
        channel: 'email',
        offer: { type: 'discount_percent', value: 15 },
        costPerMessage: 0.05,
        controlGroupShare: 0.1,
      },
      throwOnError: true,
    });
    await activateRetentionCampaign({
      client: this.client,
      path: { id: data.id },
      throwOnError: true,
    });
    this.totals['retention campaigns'] += 1;
    await recalculateRetention({ client: this.client, throwOnError: true });
  }

  /**
   * The day's form submissions, then sales' work on them. Sales starts once the day's forms are
   * in: a person sending the form again while a status moves is a real race, and the API answers
   * it with a 409 for the caller to retry, but it is not the story the demo tells.
   */
  async dayOfLeads() {
    const submissions = Array.from({ length: LEADS_PER_DAY }, () => this.lead());
    const captured = [];
    await inParallel([...submissions.entries()], async ([index, { body, ip }]) => {
      const { data, response } = await submitForm({
        client: this.client,
        body,
        headers: { 'x-forwarded-for': ip },
      });
      this.totals['form submissions'] += 1;
      // Content spam is refused with a 422, as it should be; anything else is a demo bug.
      if (!data && response?.status !== 422) throw new Error(`a lead answered ${response?.status}`);
      // Kept in the order they were made, so sales' choices do not depend on answer order.
      if (data && !body.website) captured[index] = data;
    });
    await inParallel(captured.filter(Boolean), (submission) => this.followUp(submission));
  }

  /** A person filling the contact form, some arriving from a tracked click, a few spammers. */
  lead() {
    const visit = this.recentClicks.length > 0 && this.random.chance(0.4);
    const origin = visit ? this.random.pick(this.recentClicks) : null;
    const again = this.emails.length > 0 && this.random.chance(0.06);
    const first = this.random.pick(FIRST_NAMES);
    const last = this.random.pick(LAST_NAMES);
    const [company, domain] = this.random.pick(COMPANIES);
    const email = again
      ? this.random.pick(this.emails)
      : `${first}.${last}.${this.emails.length}@${domain}`
          .toLowerCase()
          .normalize('NFD')
          .replace(/[^\w.@-]/g, '');
    if (!again) this.emails.push(email);
    const body = {
      email,
      first_name: first,
      last_name: last,
      ...(company ? { company } : {}),
      ...optional('job_title', this.random.pick(JOB_TITLES)),
      ...optional('message', this.random.pick(MESSAGES)),
      ...optional(
        'phone',
        this.random.chance(0.5) ? '+1 415 555 0' + (100 + this.emails.length) : null,
      ),
      ...optional('utm_source', this.random.weighted(UTM_SOURCES)),
      ...(origin ? { click_id: origin.clickId, utm_campaign: 'affiliate' } : {}),
    };
    if (this.random.chance(0.03)) body.website = 'http://cheap-pills.example'; // a bot's honeypot
    if (this.random.chance(0.02)) {
      body.message = 'Buy now http://a.example http://b.example http://c.example';
    }
    return { body, ip: origin?.visitor.ip ?? this.newVisitor().ip };
  }

  /** Sales works the better leads: some are contacted, qualified, won (with a deal) or lost. */
  async followUp(submission) {
    if (submission.duplicate || submission.score < 50 || !this.random.chance(0.6)) return;
    const path = { id: submission.leadId };
    const steps = this.random.chance(0.15)
      ? [{ status: 'lost' }]
      : [{ status: 'contacted' }, ...(this.random.chance(0.6) ? [{ status: 'qualified' }] : [])];
    if (steps.at(-1).status === 'qualified' && this.random.chance(0.5)) {
      steps.push({
        status: 'converted',
        dealValue: 500 + Math.round(this.random.next() * 4500),
        currency: 'USD',
      });
    }
    for (const body of steps) {
      await changeLeadStatus({ client: this.client, path, body, throwOnError: true });
    }
    this.totals['leads moved along the funnel'] += 1;
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

const optional = (name, value) => (value === null || value === undefined ? {} : { [name]: value });

function startOfDay(time) {
  return Math.floor(time / DAY) * DAY;
}
