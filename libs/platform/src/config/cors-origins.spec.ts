import { describe, expect, it } from 'vitest';
import { loadConfig } from './load-config.js';
import { parseCorsOrigins } from './cors-origins.js';

describe('CORS_ORIGINS', () => {
  it('means no origin when absent or empty', () => {
    expect(parseCorsOrigins(undefined)).toEqual({ origins: [], problems: [] });
    expect(parseCorsOrigins(' , ')).toEqual({ origins: [], problems: [] });
    expect(loadConfig({} as NodeJS.ProcessEnv).corsOrigins).toEqual([]);
  });

  it('reads a comma-separated list as origins, normalised and without repeats', () => {
    expect(
      parseCorsOrigins(
        'https://App.Example.com, http://localhost:3000/,https://app.example.com:443',
      ),
    ).toEqual({ origins: ['https://app.example.com', 'http://localhost:3000'], problems: [] });
  });

  it('takes * alone as every origin', () => {
    expect(parseCorsOrigins(' * ')).toEqual({ origins: '*', problems: [] });
    expect(parseCorsOrigins('*, https://a.example').problems).toEqual([
      'CORS_ORIGINS: * allows every origin; list it alone',
    ]);
  });

  it.each([
    'app.example.com',
    'https://app.example.com/admin',
    'https://app.example.com?x=1',
    'https://user:pw@app.example.com',
    'ftp://app.example.com',
    'null',
  ])('refuses %j, naming it, and stops the start', (entry) => {
    const { problems } = parseCorsOrigins(`https://ok.example,${entry}`);
    expect(problems).toEqual([expect.stringContaining(JSON.stringify(entry))]);
    expect(() => loadConfig({ CORS_ORIGINS: entry } as NodeJS.ProcessEnv)).toThrow(/CORS_ORIGINS/);
  });
});
