import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { ApiContext } from '../context.ts';
import { IdParams, PageQuery, problems, Problem } from '../schemas/common.ts';
import { DocumentDetail, DocumentsPage, UploadResult } from '../schemas/documents.ts';
import { documentDetail } from '../read/document-detail.ts';
import { problem, sendProblem } from '../problem.ts';

export const documentRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, ctx) => {
  app.get('/documents', {
    schema: { tags: ['documents'], summary: 'Stored documents, newest first, paged', querystring: PageQuery, response: { 200: DocumentsPage, ...problems } },
  }, (req) => ctx.store.listDocuments(req.query));

  app.get('/documents/:id', {
    schema: {
      tags: ['documents'], summary: 'One document: text, sentences and every highlighted mention, quantity and event',
      params: IdParams, response: { 200: DocumentDetail, ...problems },
    },
  }, (req) => documentDetail(ctx.store, req.params.id));

  app.post('/documents', {
    schema: {
      tags: ['documents'],
      summary: `Upload one document (multipart field "file"; .txt, .md, .html, .pdf or .docx) to extract and store`,
      consumes: ['multipart/form-data'],
      response: { 201: UploadResult, 413: Problem.describe('file larger than the upload limit'), 501: Problem, ...problems },
    },
  }, async (req, reply) => {
    if (!ctx.ingest) return sendProblem(reply, problem(501, 'this server was started without an ingest function; uploads are disabled'));
    if (!req.isMultipart()) return sendProblem(reply, problem(415, 'expected multipart/form-data with a "file" field'));
    const file = await req.file({ limits: { fileSize: ctx.maxUploadBytes, files: 1 } });
    if (!file) return sendProblem(reply, problem(400, 'expected a "file" field in the multipart body'));
    // toBuffer throws RequestFileTooLargeError (413) once the limit is crossed.
    const data = await file.toBuffer();
    const result = await ctx.ingest({ filename: file.filename, data });
    return reply.code(201).send({ filename: file.filename, result });
  });
};

