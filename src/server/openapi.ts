/** The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. */
import { MEASURES } from '../core/claim.js';
import { ENGINE_VERSION } from '../version.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const json = (schema: object, description: string) => ({ description, content: { 'application/json': { schema } } });
const error = (description: string) => json(ref('Error'), description);
const idParam = (name: string, description: string) => ({ name, in: 'path', required: true, schema: { type: 'string' }, description });
const nullable = (type: string) => ({ type: [type, 'null'] });

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: {
      title: 'claimledger',
      version: ENGINE_VERSION,
      description: 'Who says what number: stories, the reconciled claim ledger, articles and their claims. Every HTML page has a JSON twin under /api (or with ?format=json). Writes need a bearer token when the server is not bound to loopback.',
    },
    servers: [{ url: '/' }],
    components: {
      securitySchemes: { token: { type: 'http', scheme: 'bearer', description: 'required for writes when the server was started with --token or on a non-loopback address' } },
      schemas: {
        Error: { type: 'object', required: ['error'], properties: { error: { type: 'string' } } },
        Span: { type: 'object', required: ['start', 'end'], properties: { start: { type: 'integer' }, end: { type: 'integer' } }, description: 'UTF-16 offsets into the stored text, end exclusive' },
        QuantityValue: {
          type: 'object',
          properties: { min: nullable('number'), max: nullable('number'), minExclusive: { type: 'boolean' }, maxExclusive: { type: 'boolean' }, approx: { type: 'boolean' }, vague: { type: 'boolean' }, unit: nullable('string') },
        },
        Claim: {
          type: 'object',
          description: 'The claim contract (claim-schema.md): text === article.text.slice(span.start, span.end).',
          required: ['id', 'doc', 'text', 'span', 'sentence', 'value', 'measure', 'source', 'speech', 'hedges', 'scope'],
          properties: {
            id: { type: 'string' }, doc: { type: 'string' }, text: { type: 'string' }, span: ref('Span'), sentence: ref('Span'),
            value: ref('QuantityValue'), measure: { type: 'string', enum: [...MEASURES] }, counted: nullable('string'),
            subject: { type: ['object', 'null'] }, place: { type: ['object', 'null'] }, scope: { type: 'object' },
            source: { type: 'object', properties: { kind: { type: 'string', enum: ['person', 'organisation', 'government', 'anonymous_official', 'media', 'document', 'unattributed'] }, text: nullable('string'), name: nullable('string'), role: nullable('string'), organisation: nullable('string'), country: nullable('string') } },
            speech: { type: 'string', enum: ['direct', 'indirect', 'reported', 'none'] },
            hedges: { type: 'array', items: { type: 'string', enum: ['reported', 'estimate', 'preliminary', 'unverified', 'demand', 'denial', 'projection'] } },
          },
        },
        Article: {
          type: 'object',
          required: ['id', 'text', 'bodyStart', 'revision', 'contentHash', 'addedAt'],
          properties: {
            id: { type: 'string' }, language: nullable('string'), title: nullable('string'), outlet: nullable('string'), url: nullable('string'),
            publishedAt: nullable('string'), text: { type: 'string' }, bodyStart: { type: 'integer' }, revision: { type: 'integer' },
            contentHash: { type: 'string' }, addedAt: { type: 'string' }, storyId: nullable('string'),
          },
        },
        ArticleInput: {
          type: 'object',
          description: 'One of text, html or url. With text or html, url is metadata; alone, url is fetched (private addresses refused unless the server allows them).',
          properties: { text: { type: 'string' }, html: { type: 'string' }, url: { type: 'string', format: 'uri' }, outlet: { type: 'string' }, title: { type: 'string' }, publishedAt: { type: 'string', description: 'ISO date or date-time' }, language: { type: 'string' } },
        },
        StoryListItem: {
          type: 'object',
          properties: {
            id: { type: 'string' }, title: { type: 'string' }, from: nullable('string'), to: nullable('string'), articles: { type: 'integer' },
            independentSources: { type: 'integer' }, claims: { type: 'integer' }, fictional: { type: 'boolean' }, headline: { type: 'array', items: { type: 'object' } },
          },
        },
        Job: {
          type: 'object',
          properties: { id: { type: 'string' }, state: { type: 'string', enum: ['running', 'done'] }, inputs: { type: 'array', items: { type: 'string' } }, results: { type: 'array', items: { type: 'object' } } },
        },
      },
    },
    paths: {
      '/api/stories': {
        get: {
          summary: 'Stories with article counts, independent sources, dates and headline figures, latest first, one page at a time',
          parameters: [
            { name: 'page', in: 'query', required: false, schema: { type: 'integer', minimum: 1, default: 1 }, description: 'page number' },
            { name: 'limit', in: 'query', required: false, schema: { type: 'integer', minimum: 1, maximum: 500, default: 50 }, description: 'stories per page' },
          ],
          responses: {
            200: json({
              type: 'object',
              properties: {
                stories: { type: 'array', items: ref('StoryListItem') }, articles: { type: 'integer', description: 'articles analysed' },
                total: { type: 'integer', description: 'stories in all pages' }, page: { type: 'integer' }, limit: { type: 'integer' },
                next: { type: ['string', 'null'], description: 'URL of the next page, null on the last' }, prev: { type: ['string', 'null'] },
              },
            }, 'a page of stories'),
          },
        },
      },
      '/api/stories/{id}': { get: { summary: 'One story: the ledger (claim groups with entries, spread, best estimate, contradictions, timeline), its articles and syndication groups', parameters: [idParam('id', 'story id')], responses: { 200: json({ type: 'object' }, 'the story'), 404: error('no such story') } } },
      '/api/stories/{id}/ledger.csv': { get: { summary: 'The ledger as CSV, one row per claim', parameters: [idParam('id', 'story id')], responses: { 200: { description: 'CSV', content: { 'text/csv': { schema: { type: 'string' } } } }, 404: error('no such story') } } },
      '/stories/{id}/groups/{group}/chart.svg': { get: { summary: 'Estimates-over-time chart of one claim group as a standalone SVG', parameters: [idParam('id', 'story id'), idParam('group', 'claim group id')], responses: { 200: { description: 'SVG', content: { 'image/svg+xml': { schema: { type: 'string' } } } }, 404: error('no such group or nothing to chart') } } },
      '/api/articles': {
        get: { summary: 'Stored articles (metadata, no text), newest first', parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }, { name: 'offset', in: 'query', schema: { type: 'integer' } }, { name: 'story', in: 'query', schema: { type: 'string' } }], responses: { 200: json({ type: 'object' }, 'articles') } },
        post: {
          summary: 'Add one article; its claims are extracted and stored',
          security: [{}, { token: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: ref('ArticleInput') } } },
          responses: {
            201: json({ allOf: [ref('Article'), { type: 'object', properties: { status: { type: 'string', enum: ['added', 'revised'] }, claims: { type: 'array', items: ref('Claim') } } }] }, 'stored (new article or new revision)'),
            200: json(ref('Article'), 'the same text was already stored'),
            400: error('malformed JSON or invalid fields'), 401: error('write token missing or wrong'), 403: error('read-only server or cross-site request'),
            413: error('body too large'), 422: error('the input could not be read (fetch refused or failed, no article text)'),
          },
        },
      },
      '/api/articles/{id}': { get: { summary: 'One article with its text and claims', parameters: [idParam('id', 'article id')], responses: { 200: json({ type: 'object', properties: { article: ref('Article'), claims: { type: 'array', items: ref('Claim') }, story: nullable('string') } }, 'the article'), 404: error('no such article') } } },
      '/api/articles/{id}/claims': { get: { summary: 'The claims of an article; offsets index the stored text', parameters: [idParam('id', 'article id')], responses: { 200: json({ type: 'array', items: ref('Claim') }, 'claims in document order'), 404: error('no such article') } } },
      '/api/claims': {
        get: {
          summary: 'Search claims',
          parameters: [
            { name: 'measure', in: 'query', schema: { type: 'string', enum: [...MEASURES] } },
            { name: 'country', in: 'query', schema: { type: 'string' }, description: 'ISO 3166 alpha-2 of the subject' },
            { name: 'source', in: 'query', schema: { type: 'string' }, description: 'canonical source name' },
            { name: 'from', in: 'query', schema: { type: 'string' }, description: 'published on or after (ISO date)' },
            { name: 'to', in: 'query', schema: { type: 'string' }, description: 'published before (ISO date)' },
            { name: 'story', in: 'query', schema: { type: 'string' } },
            { name: 'limit', in: 'query', schema: { type: 'integer', maximum: 10000 } },
          ],
          responses: { 200: json({ type: 'object', properties: { query: { type: 'object' }, claims: { type: 'array', items: ref('Claim') }, limit: { type: 'integer' } } }, 'matching claims'), 400: error('invalid filter') },
        },
      },
      '/api/ingest': {
        post: {
          summary: 'Start a background ingestion job for URLs, feeds and articles',
          security: [{}, { token: [] }],
          requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', properties: { sources: { type: 'array', items: { type: 'string', format: 'uri' } }, articles: { type: 'array', items: ref('ArticleInput') } } } } } },
          responses: { 202: json(ref('Job'), 'job started; poll /api/jobs/{id}'), 400: error('invalid body'), 401: error('write token missing or wrong') },
        },
      },
      '/api/jobs/{id}': { get: { summary: 'Progress and per-input results of an ingestion job', parameters: [idParam('id', 'job id')], responses: { 200: json(ref('Job'), 'the job'), 404: error('no such job') } } },
      '/api/openapi.json': { get: { summary: 'This document', responses: { 200: json({ type: 'object' }, 'OpenAPI 3.1') } } },
    },
  };
}
