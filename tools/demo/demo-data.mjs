// The cast of the demo: who sends traffic, what is on offer, who visits and who fills forms.
// Plain data and a seeded random source, so two runs tell the same story.

/** mulberry32: a small, fast, seedable PRNG (the demo needs repeatability, not secrecy). */
export function seededRandom(seed) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = (items) => items[Math.floor(next() * items.length)];
  /** One of `entries` ([item, weight] pairs), in proportion to the weights. */
  const weighted = (entries) => {
    const total = entries.reduce((sum, [, weight]) => sum + weight, 0);
    let at = next() * total;
    for (const [item, weight] of entries) {
      at -= weight;
      if (at < 0) return item;
    }
    return entries[entries.length - 1][0];
  };
  return { next, pick, weighted, chance: (p) => next() < p };
}

export const AFFILIATES = [
  ['Traffic Partners', 5],
  ['BlueSky Media', 4],
  ['Coupon Cove', 3],
  ['Nordic Reviews', 2],
  ['AppInstall Pros', 2],
  ['Greyhat Clicks', 1],
];

/**
 * Offers with the payout models networks use; `ctr` is the share of impressions clicked (it
 * moves from day to day around this), `rate` the share of clicks that convert.
 */
export const CAMPAIGNS = [
  {
    name: 'SecureNet VPN annual plan',
    advertiserName: 'SecureNet',
    offerUrl: 'https://offers.example.com/vpn?click={click_id}&aff={affiliate_id}&s1={sub1}',
    payout: { model: 'CPA', amount: 12.5, currency: 'USD' },
    budget: { total: 40000, daily: 1500 },
    ctr: 0.14,
    weight: 5,
    rate: 0.045,
    revenue: [39, 89],
  },
  {
    name: 'QuoteLine car insurance quotes',
    advertiserName: 'QuoteLine',
    offerUrl: 'https://offers.example.com/insurance?cid={click_id}&src={affiliate_id}',
    payout: { model: 'CPL', amount: 4, currency: 'USD' },
    targeting: { countries: ['US', 'CA', 'GB'] },
    ctr: 0.09,
    weight: 4,
    rate: 0.08,
    revenue: [9, 15],
  },
  {
    name: 'Fjord outdoor shop',
    advertiserName: 'Fjord Outdoor',
    offerUrl: 'https://offers.example.com/shop?ref={click_id}&p={affiliate_id}&s1={sub1}&s2={sub2}',
    payout: { model: 'REVSHARE', amount: 30, currency: 'USD' },
    ctr: 0.2,
    weight: 3,
    rate: 0.025,
    revenue: [35, 240],
  },
  {
    name: 'Lumen photo editor (mobile)',
    advertiserName: 'Lumen Apps',
    offerUrl: 'https://offers.example.com/app?click={click_id}',
    payout: { model: 'CPA', amount: 2.2, currency: 'USD' },
    targeting: { devices: ['mobile', 'tablet'] },
    ctr: 0.12,
    weight: 3,
    rate: 0.06,
    revenue: [4.99, 9.99],
  },
];

/** /16 prefixes the offline GeoLite2 data places in each country, with the traffic's mix. */
export const COUNTRIES = [
  [['US', ['23.45.', '73.12.', '98.114.']], 34],
  [['GB', ['86.128.']], 11],
  [['DE', ['46.114.', '79.192.', '91.64.']], 12],
  [['FR', ['90.3.', '82.64.']], 8],
  [['CA', ['24.48.', '70.48.', '99.224.']], 9],
  [['BR', ['177.32.', '189.6.', '201.17.']], 9],
  [['IN', ['49.36.', '117.96.', '106.51.']], 10],
  [['ES', ['83.32.', '88.12.', '95.16.']], 7],
];

export const USER_AGENTS = [
  [
    'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36',
    30,
  ],
  [
    'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15',
    12,
  ],
  ['Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:125.0) Gecko/20100101 Firefox/125.0', 6],
  [
    'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    22,
  ],
  [
    'Mozilla/5.0 (Linux; Android 14; SM-S918B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Mobile Safari/537.36',
    20,
  ],
  [
    'Mozilla/5.0 (iPad; CPU OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
    5,
  ],
  ['Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)', 2],
  ['python-requests/2.31.0', 1],
];

/**
 * A traffic exchange, where people are paid to click: the network blocks its domain, and one
 * affiliate's traffic comes partly from there (its clicks are recorded as blocked_referrer).
 */
export const CLICK_FARM = {
  domain: 'surf-for-cash.example',
  referrer: 'https://surf-for-cash.example/earn?task=',
  affiliate: 'Greyhat Clicks',
  share: 0.5,
};

export const REFERRERS = [
  'https://www.google.com/',
  'https://www.facebook.com/',
  'https://www.reddit.com/r/deals/',
  'https://news.example-blog.com/best-vpn-2026',
  null,
];

export const FIRST_NAMES = [
  'Alice',
  'Bruno',
  'Chloé',
  'Dmitri',
  'Emma',
  'Farah',
  'Gustav',
  'Hana',
  'Ivan',
  'Julia',
  'Kenji',
  'Lena',
  'Mateo',
  'Nora',
  'Omar',
  'Priya',
];
export const LAST_NAMES = [
  'Andersen',
  'Becker',
  'Costa',
  'Dubois',
  'Evans',
  'Fischer',
  'García',
  'Haddad',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Nakamura',
  'Okafor',
  'Patel',
];
export const COMPANIES = [
  ['Northwind Logistics', 'northwind.example'],
  ['Helios Energy', 'helios-energy.example'],
  ['Acme Retail', 'acme-retail.example'],
  ['Brightpath Schools', 'brightpath.example'],
  ['Vertex Analytics', 'vertex-analytics.example'],
  [null, 'gmail.com'],
  [null, 'outlook.com'],
];
export const JOB_TITLES = [
  'CEO',
  'Head of Marketing',
  'Marketing Manager',
  'VP Sales',
  'Growth Lead',
  'Analyst',
  'Student',
  null,
];
export const UTM_SOURCES = [
  ['google', 5],
  ['facebook', 3],
  ['newsletter', 2],
  ['partner', 2],
  [null, 3],
];
export const MESSAGES = [
  'We are looking for a partner to run our affiliate programme in three markets from next quarter. Could we set up a call?',
  'Please send pricing for 50 seats.',
  'Interested in a demo.',
  null,
];
