import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ltvApi, storedTransactions, toCsv } from '../support/ltv-api.js';
import { expectProblem, fieldsOf } from '../support/problem-assertions.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const row = (id: string, overrides: Record<string, unknown> = {}) => ({
  transactionId: id,
  customerId: 'cust-1',
  occurredAt: '2026-10-01T10:00:00Z',
  amount: 49.9,
  currency: 'USD',
  ...overrides,
});

describe('POST /ltv/transactions', () => {
  let t: TestApp;
  const api = ltvApi(() => t);
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('records a JSON batch and ignores the same transactions sent again', async () => {
    const batch = [row('J-1'), row('J-2', { amount: '10.00', customerId: 'cust-2' })];
    const first = await api.postJson(batch);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toEqual({
      received: 2,
      recorded: 2,
      duplicates: 0,
      rejected: 0,
      errors: [],
    });
    const again = await api.postJson([...batch, row('J-1')]);
    expect(again.json()).toMatchObject({ received: 3, recorded: 0, duplicates: 3, rejected: 0 });
  });

  it('keeps the valid rows of a batch and reports every problem of the others, by row and field', async () => {
    const before = await storedTransactions(t);
    const response = await api.postJson([
      row('P-ok-1'),
      row('P-cents', { amount: 1.999 }),
      row('P-neg', { amount: -5 }),
      row('P-time', { occurredAt: '2026-10-01T10:00:00' }),
      row('P-future', { occurredAt: '2027-01-01T00:00:00Z' }),
      { ...row('P-extra'), coupon: 'X' },
      { transactionId: 'P-empty' },
      'not an object',
      row('P-ok-2', { currency: 'usd' }),
    ]);
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ received: 9, recorded: 2, duplicates: 0, rejected: 7 });
    const problems = report.errors.map(
      (e: { index: number; field: string }) => `${e.index}:${e.field}`,
    );
    expect(problems).toEqual(
      expect.arrayContaining([
        '1:amount',
        '2:amount',
        '3:occurredAt',
        '4:occurredAt',
        '5:coupon',
        '6:customerId',
        '6:occurredAt',
        '6:currency',
        '7:',
      ]),
    );
    expect(report.errors.find((e: { index: number }) => e.index === 1).transactionId).toBe(
      'P-cents',
    );
    expect(await storedTransactions(t)).toBe(before + 2);
  });

  it('refuses a batch none of whose rows can be recorded (422, every row named)', async () => {
    const body = expectProblem(
      await api.postJson([row('N-1', { amount: 'ten' }), row('N-2', { currency: 'XYZ' })]),
      422,
      'LTV.INVALID_TRANSACTIONS',
    );
    expect(fieldsOf(body)).toEqual(['transactions.0.amount', 'transactions.1.currency']);
  });

  it('keeps a customer to the currency of their first purchase', async () => {
    const response = await api.postJson([
      row('C-1', { customerId: 'cust-eur', currency: 'EUR' }),
      row('C-2', { customerId: 'cust-eur', currency: 'USD' }),
    ]);
    expect(response.json()).toMatchObject({ recorded: 1, rejected: 1 });
    expect(response.json().errors[0]).toMatchObject({ index: 1, field: 'currency' });
  });

  it('refuses empty batches, more than 10,000 rows, and bodies that are not batches', async () => {
    expectProblem(await api.postJson([]), 422, 'LTV.INVALID_BATCH');
    const tooMany = await t.request({
      method: 'POST',
      url: '/ltv/transactions',
      payload: { transactions: new Array(10_001).fill(0) },
      headers: { 'content-type': 'application/json' },
    });
    expect(fieldsOf(expectProblem(tooMany, 422, 'LTV.INVALID_BATCH'))).toEqual(['transactions']);
    for (const payload of [{ rows: [] }, { transactions: 'x' }, [row('A-1')]]) {
      expectProblem(
        await t.request({ method: 'POST', url: '/ltv/transactions', payload }),
        422,
        'LTV.INVALID_BATCH',
      );
    }
  });

  it('reads text/csv with its columns in any order, quotes and CRLF line ends', async () => {
    const csv =
      'customerId,transactionId,amount,currency,occurredAt\r\n' +
      '"cust,quoted",CSV-1,"1,5",USD,2026-10-02T08:00:00Z\r\n' +
      'cust-3,CSV-2,12.50,USD,2026-10-02T09:00:00+02:00\r\n' +
      'cust-3,CSV-3,7.00,USD\r\n' +
      'cust-3,CSV-4,7.00,USD,2026-10-02T09:00:00Z,extra\r\n';
    const response = await api.postCsv(csv, 'text/csv; charset=utf-8');
    expect(response.statusCode, response.body).toBe(200);
    const report = response.json();
    expect(report).toMatchObject({ received: 4, recorded: 1, rejected: 3 });
    const problems = report.errors.map(
      (e: { index: number; field: string }) => `${e.index}:${e.field}`,
    );
    expect(problems).toEqual(['0:amount', '2:occurredAt', '3:column6']);
  });

  it('answers a broken CSV with 400 and a wrong header with 422', async () => {
    expectProblem(
      await api.postCsv('transactionId,customerId\n"open,quote\n'),
      400,
      'LTV.MALFORMED_CSV',
    );
    const header = expectProblem(
      await api.postCsv('id,customer,when,amount,currency\nA,B,2026-10-01T00:00:00Z,1,USD\n'),
      422,
      'LTV.INVALID_BATCH',
    );
    expect(fieldsOf(header)).toEqual(['header']);
  });
});

describe('the body limits of POST /ltv/transactions', () => {
  let t: TestApp;
  const api = ltvApi(() => t);
  beforeAll(async () => {
    t = await startTestApp({
      env: { BODY_LIMIT_BYTES: '2048', LTV_IMPORT_BODY_LIMIT_BYTES: '4096' },
    });
  });
  afterAll(() => t.close());

  it('takes text/csv on this route only, and within its body limit', async () => {
    const elsewhere = await t.request({
      method: 'POST',
      url: '/v1/campaigns',
      payload: 'a,b\n1,2\n',
      headers: { 'content-type': 'text/csv' },
    });
    expectProblem(elsewhere, 415, 'HTTP.UNSUPPORTED_MEDIA_TYPE');
    const rows = Array.from({ length: 100 }, (_, i) => row(`BIG-${i}`));
    expectProblem(await api.postCsv(toCsv(rows)), 413, 'HTTP.PAYLOAD_TOO_LARGE');
    // Between BODY_LIMIT_BYTES (2 KiB) and this route's 4 KiB: accepted here.
    const medium = toCsv(Array.from({ length: 50 }, (_, i) => row(`MID-${i}`)));
    expect(medium.length).toBeGreaterThan(2048);
    expect((await api.postCsv(medium)).statusCode).toBe(200);
  });
});
