import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectProblem } from '../support/problem-assertions.js';
import { rolesNetwork } from '../support/roles-network.js';

/**
 * Roles on one network: advertisers named on campaigns, the roles the document shows, admin
 * keys (the network: test/support/roles-network.ts).
 */
describe('what each role may read and change', () => {
  const network = rolesNetwork();
  const { api, net, get, ids } = network;
  beforeAll(network.start);
  afterAll(network.close);

  it('names campaigns by advertiser, filling advertiserName from the advertiser', async () => {
    expect(await api.campaigns.get(net.campaignA1)).toMatchObject({
      advertiserId: net.advertiserA,
      advertiserName: 'Advertiser A',
    });
  });

  it('documents who may call each operation, as the guard decides', async () => {
    const document = (await network.app().request(get('/docs-json'))).json();
    const operation = (path: string, method: string) => document.paths[path][method];
    expect(operation('/v1/conversions', 'get')['x-roles']).toEqual([
      'admin',
      'affiliate',
      'advertiser',
    ]);
    expect(operation('/v1/clicks', 'get')['x-roles']).toEqual(['admin', 'affiliate']);
    expect(operation('/v1/campaigns', 'post')['x-roles']).toEqual(['admin']);
    expect(operation('/v1/campaigns', 'post').description).toContain('Roles: admin only.');
    expect(operation('/v1/campaigns', 'post').responses).toHaveProperty('403');
    expect(operation('/v1/click', 'get')).not.toHaveProperty('x-roles');
  });

  describe('an admin key', () => {
    it('sees every conversion with both sides of the money', async () => {
      const page = (await network.app().request(get('/v1/conversions'))).json();
      expect(ids(page)).toEqual(Object.values(net.conversions).sort());
      expect(page.data[0]).toMatchObject({ revenue: 40, payout: 12.5 });
      expect(page.data[0].customerId).toMatch(/^cust-/);
    });

    it('cannot name an advertiser that does not exist on a campaign', async () => {
      const response = await api.campaigns.post({
        name: 'Orphan',
        advertiserId: '01936f9e-7b1c-7d3a-9f00-2b6c1e0d4a11',
        offerUrl: 'https://offers.example.com/',
        payout: { model: 'CPA', amount: 1, currency: 'USD' },
      });
      expectProblem(response, 422, 'CAMPAIGNS.UNKNOWN_ADVERTISER');
    });
  });
});
