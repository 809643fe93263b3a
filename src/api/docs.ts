import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';

/** OpenAPI from the same zod schemas that validate requests; Swagger UI served from bundled assets. */
export async function registerApiDocs(app: FastifyInstance) {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Defense Atlas API',
        description: 'An evidence-linked model of a defense establishment built from documents. Every fact carries its source span.',
        version: '0.1.0',
      },
      tags: ['documents', 'entities', 'search', 'timeline', 'facts', 'stats', 'views'].map((name) => ({ name })),
      components: {
        securitySchemes: {
          bearer: {
            type: 'http', scheme: 'bearer',
            description: 'The write token: --token or ATLAS_TOKEN, else generated and printed on start. Every write needs it.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
  });
  // Swagger UI's own policy (hashes of its inline bits), except that no page may frame it.
  await app.register(swaggerUi, {
    routePrefix: '/api/docs', staticCSP: true,
    transformStaticCSP: (csp) => csp.replace(/frame-ancestors [^;]*/, "frame-ancestors 'none'"),
  });
  app.get('/api/openapi.json', { schema: { hide: true } }, () => app.swagger());
}
