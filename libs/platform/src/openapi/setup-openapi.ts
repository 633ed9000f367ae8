import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, type OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { PUBLIC_EXTENSION, ROLES_EXTENSION } from '../auth/auth.decorators.js';
import { PROBLEM_CONTENT_TYPE } from '../errors/problem-details.js';
import { ProblemDetailsDto } from './problem-details.dto.js';

const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

export function buildOpenApiDocument(app: INestApplication, version: string): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Affiliate Platform API')
    .setDescription(
      'Click tracking, conversions, leads, customer lifetime value and retention. ' +
        'Authenticate with an API key in `X-API-Key` (or `Authorization: Bearer <key>`). ' +
        'Errors are RFC 9457 `application/problem+json` documents with a stable `code`.',
    )
    .setVersion(version)
    .setLicense('MIT', 'https://opensource.org/licenses/MIT')
    // Relative: the document describes whichever host serves it.
    .addServer('/', 'The host serving this document')
    .addApiKey({ type: 'apiKey', in: 'header', name: 'X-API-Key' }, 'apiKey')
    .addBearerAuth(
      { type: 'http', scheme: 'bearer', description: 'The same API key, as a bearer token.' },
      'bearer',
    )
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    // Method names are unique and read well in generated SDKs: listCampaigns, createCampaign...
    operationIdFactory: (_controllerKey, methodKey) => methodKey,
    extraModels: [ProblemDetailsDto],
  });
  return applySecurity(document);
}

/**
 * Every operation needs a key unless it is @Public(); the guard reads the same marker, so the
 * document and the behaviour cannot disagree. Protected operations also document their 401 and 429.
 */
function applySecurity(document: OpenAPIObject): OpenAPIObject {
  for (const path of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = path[method] as
        (Record<string, unknown> & { responses: Record<string, unknown> }) | undefined;
      if (!operation) continue;
      if (operation[PUBLIC_EXTENSION]) {
        delete operation[PUBLIC_EXTENSION];
        operation.security = [];
        continue;
      }
      operation.security = [{ apiKey: [] }, { bearer: [] }];
      operation.responses['401'] ??= problemResponse('Missing or invalid API key.');
      documentRoles(operation);
      // Every keyed operation counts against the management rate limits.
      operation.responses['429'] ??= problemResponse(
        'Too many requests; retry after the Retry-After delay.',
      );
    }
  }
  return document;
}

/**
 * Which key roles may call the operation, from the same @AllowRoles marker the guard reads:
 * `x-roles` for tools, a sentence in the description for people, and the 403 the others get.
 */
function documentRoles(
  operation: Record<string, unknown> & { responses: Record<string, unknown> },
): void {
  const roles = (operation[ROLES_EXTENSION] as string[] | undefined) ?? ['admin'];
  operation[ROLES_EXTENSION] = roles;
  const sentence =
    roles.length === 1
      ? 'Roles: admin only.'
      : `Roles: ${roles.join(', ')} (partner keys see only their own rows).`;
  const description = typeof operation.description === 'string' ? operation.description : '';
  operation.description = description ? `${description}\n\n${sentence}` : sentence;
  operation.responses['403'] ??= problemResponse(
    "The API key's role may not call this operation (AUTH.ROLE_FORBIDDEN).",
  );
}

function problemResponse(description: string) {
  return {
    description,
    content: {
      [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/ProblemDetailsDto' } },
    },
  };
}

export function setupOpenApi(app: INestApplication, version: string): OpenAPIObject {
  const document = buildOpenApiDocument(app, version);
  SwaggerModule.setup('docs', app, document, {
    jsonDocumentUrl: 'docs-json',
    swaggerOptions: { persistAuthorization: true },
  });
  return document;
}
