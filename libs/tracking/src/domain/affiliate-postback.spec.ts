import { describe, expect, it } from 'vitest';
import {
  type AffiliatePostbackValues,
  affiliatePostbackUrl,
  notifiesAffiliate,
} from './affiliate-postback.js';

const values: AffiliatePostbackValues = {
  clickId: 'AZNvnnscfTqfAAK2xsHQ2pKx',
  conversionId: 'conv-1',
  transactionId: 'ORDER 7',
  campaignId: 'camp-1',
  affiliateId: 'aff-1',
  subs: ['their-click&id=1', null, 'c', null, 'e'],
  payoutMinor: 1250,
  currency: 'USD',
  status: 'approved',
};

describe('affiliatePostbackUrl', () => {
  it('fills every macro an affiliate may use, URL-encoded, absent sub ids empty', () => {
    const template =
      'https://tracker.example/pb?click_id={click_id}&conversion_id={conversion_id}&txid={txid}' +
      '&campaign_id={campaign_id}&affiliate_id={affiliate_id}' +
      '&sub1={sub1}&sub2={sub2}&sub3={sub3}&sub4={sub4}&sub5={sub5}' +
      '&payout={payout}&currency={currency}&status={status}';
    expect(affiliatePostbackUrl(template, values)).toBe(
      'https://tracker.example/pb?click_id=AZNvnnscfTqfAAK2xsHQ2pKx&conversion_id=conv-1' +
        '&txid=ORDER%207&campaign_id=camp-1&affiliate_id=aff-1' +
        '&sub1=their-click%26id%3D1&sub2=&sub3=c&sub4=&sub5=e' +
        '&payout=12.50&currency=USD&status=approved',
    );
  });

  it("writes the payout with the currency's own digits", () => {
    const payout = (payoutMinor: number, currency: string) =>
      affiliatePostbackUrl('https://t.example/?p={payout}', { ...values, payoutMinor, currency });
    expect(payout(1250, 'JPY')).toBe('https://t.example/?p=1250');
    expect(payout(1005, 'USD')).toBe('https://t.example/?p=10.05');
    expect(payout(0, 'EUR')).toBe('https://t.example/?p=0.00');
    expect(payout(12345, 'BHD')).toBe('https://t.example/?p=12.345');
  });

  it("never offers the advertiser's revenue, and leaves unknown braces alone", () => {
    expect(affiliatePostbackUrl('https://t.example/?r={revenue}&x={other}', values)).toBe(
      'https://t.example/?r={revenue}&x={other}',
    );
  });

  it('cannot change the host, whatever the click carried', () => {
    const url = affiliatePostbackUrl('https://{sub1}.t.example/{sub1}', {
      ...values,
      subs: ['evil.example/', null, null, null, null],
    });
    expect(new URL(url).host).toBe('{sub1}.t.example');
    expect(url).toBe('https://{sub1}.t.example/evil.example%2F');
  });
});

describe('notifiesAffiliate', () => {
  it('tells of conversions recorded approved or pending, not of those rejected from the start', () => {
    expect(notifiesAffiliate('recorded', 'approved')).toBe(true);
    expect(notifiesAffiliate('recorded', 'pending')).toBe(true);
    expect(notifiesAffiliate('recorded', 'rejected')).toBe(false);
  });

  it('tells of every later status change, a reversal included', () => {
    expect(notifiesAffiliate('status-changed', 'approved')).toBe(true);
    expect(notifiesAffiliate('status-changed', 'rejected')).toBe(true);
  });
});
