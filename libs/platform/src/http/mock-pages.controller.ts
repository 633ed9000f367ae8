import { Controller, Get, Header, Query } from '@nestjs/common';
import { ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/auth.decorators.js';
import { HtmlPage } from '../security/route-policies.decorator.js';

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char]);
}

function page(title: string, body: string, query: Record<string, unknown>): string {
  const rows = Object.entries(query)
    .map(
      ([key, value]) => `<tr><th>${escapeHtml(key)}</th><td>${escapeHtml(String(value))}</td></tr>`,
    )
    .join('');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title}</title>
<style>body{font-family:system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem}th{text-align:left;padding-right:1rem}</style>
</head><body><h1>${title}</h1><p>${body}</p>${rows ? `<table>${rows}</table>` : ''}</body></html>`;
}

/** Landing pages for trying tracking links by hand, before a real offer or safe page exists. */
@ApiTags('platform')
@Public()
@Controller()
export class MockPagesController {
  @Get('mock-offer-page')
  @Header('content-type', 'text/html; charset=utf-8')
  @HtmlPage()
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'A stand-in offer page that shows the parameters it was reached with.' })
  getMockOfferPage(@Query() query: Record<string, unknown>): string {
    return page(
      'Mock offer page',
      "A visitor sent here by a tracking link would see the advertiser's offer.",
      query,
    );
  }

  @Get('mock-safe-page')
  @Header('content-type', 'text/html; charset=utf-8')
  @HtmlPage()
  @ApiProduces('text/html')
  @ApiOperation({ summary: 'A stand-in safe page, where bots and filtered traffic are sent.' })
  getMockSafePage(@Query() query: Record<string, unknown>): string {
    return page('Mock safe page', 'Filtered traffic lands here instead of on the offer.', query);
  }
}
