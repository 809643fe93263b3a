import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { IdParams, PageQuery, problems, Problem } from '../schemas/common.ts';
import { DocumentDetail, DocumentsPage, UploadResult } from '../schemas/documents.ts';
import { documentDetail } from '../read/document-detail.ts';
import { publicDocument } from '../read/public-document.ts';
import { problem, sendProblem } from '../problem.ts';
import { InvalidInput } from '../../model/errors.ts';

export const documentRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/documents', {
    schema: { tags: ['documents'], summary: 'Stored documents, newest first, paged', querystring: PageQuery, response: { 200: DocumentsPage, ...problems } },
  }, async (req) => {
    const page = await ctx.store.listDocuments(req.query);
    return { ...page, items: page.items.map(publicDocument) };
  });

  app.get('/documents/:id', {
    schema: {
      tags: ['documents'], summary: 'One document: text, sentences and every highlighted mention, quantity and event',
      params: IdParams, response: { 200: DocumentDetail, ...problems },
    },
  }, (req) => documentDetail(ctx.store, req.params.id));

  app.post('/documents', {
    schema: {
      tags: ['documents'],
      summary: 'Upload one document (multipart field "file"; .txt, .md, .html, .pdf or .docx) to extract and store',
      description: 'Needs `Authorization: Bearer TOKEN`. Every upload is its own document (never replacing an earlier upload '
        + 'of the same name); an upload whose text is already stored answers 200 with status "unchanged". Reading and '
        + 'extraction run in a worker thread with a deadline and a memory ceiling (422 when either is exceeded).',
      consumes: ['multipart/form-data'],
      security: [{ bearer: [] }],
      response: {
        200: UploadResult.describe('the same text is already stored; nothing was written'),
        201: UploadResult.describe('stored as a new document'),
        401: Problem.describe('missing or wrong write token'),
        403: Problem.describe('cross-site write or foreign Host'),
        413: Problem.describe('file larger than the upload limit'),
        415: Problem.describe('not multipart/form-data'),
        422: Problem.describe('extraction exceeded its deadline or memory ceiling'),
        501: Problem, 503: Problem.describe('shutting down or too many uploads waiting'),
        ...problems,
      },
    },
  }, async (req, reply) => {
    if (!ctx.ingest) return sendProblem(reply, problem(501, 'this server was started without an ingest function; uploads are disabled'));
    if (!req.isMultipart()) return sendProblem(reply, problem(415, 'expected multipart/form-data with a "file" field'));
    let filename: string;
    let data: Buffer;
    try {
      const file = await req.file({ limits: { fileSize: ctx.maxUploadBytes, files: 1 } });
      if (!file) throw new InvalidInput('expected a "file" field in the multipart body');
      filename = file.filename;
      // toBuffer throws RequestFileTooLargeError (413) once the limit is crossed.
      data = await file.toBuffer();
    } catch (e) {
      const err = e as Error & { statusCode?: number };
      if (err instanceof InvalidInput || (err.statusCode && err.statusCode < 500)) throw err;
      // busboy's parse errors ("Unexpected end of form", "Malformed part header") carry no status.
      throw new InvalidInput(`malformed multipart body: ${err.message}`);
    }
    const result = await ctx.ingest({ filename, data });
    const { uploadId, filename: name, ...rest } = result;
    return reply.code(result.status === 'added' ? 201 : 200).send({ uploadId, filename: name, result: rest });
  });
};
