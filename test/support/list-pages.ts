import { expect } from 'vitest';
import type { TestApp } from './test-app.js';

/** A list read to its end: the pages as they came, and every id in that order. */
export interface ListWalk {
  pages: { id: string; status: string }[][];
  ids: string[];
}

/**
 * Reads a list route such as /v1/campaigns from its first page on, following nextCursor. Every
 * page must answer 200, and the walk must end within 100 pages (a cursor that loops fails).
 */
export async function walkPages(t: TestApp, path: string, query: string): Promise<ListWalk> {
  const pages: ListWalk['pages'] = [];
  let cursor: string | null = null;
  do {
    const url: string = `${path}?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`;
    const response = await t.request({ method: 'GET', url });
    expect(response.statusCode, response.body).toBe(200);
    const page = response.json();
    pages.push(page.data);
    cursor = page.nextCursor;
    expect(pages.length).toBeLessThan(100);
  } while (cursor);
  return { pages, ids: pages.flat().map((item) => item.id) };
}
