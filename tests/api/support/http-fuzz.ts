import type { App } from '../../../server/app/create-app';
import type { WriteRequest } from './writes';

/*
 * Raw HTTP requests generated from the OpenAPI document: what a broken client or an attacker
 * sends, byte for byte, not shapes a schema would accept.
 */

type JsonSchema = {
  $ref?: string;
  type?: string | string[];
  format?: string;
  enum?: unknown[];
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  minimum?: number;
  minLength?: number;
  pattern?: string;
};

export interface WriteOperation {
  /** `PUT /api/projects/{id}`, as the authorization matrix names it too. */
  route: string;
  method: WriteRequest['method'];
  /** The body's media type: JSON, a file's bytes, or none. */
  body: 'json' | 'bytes' | 'none';
  /** The body's top-level fields and their schemas, for JSON bodies that are objects. */
  fields: Record<string, JsonSchema>;
  /** A request built from the schema alone, for routes without a sample of valid values. */
  exampleRequest(): Promise<WriteRequest>;
}

export interface FuzzRequest {
  label: string;
  method: WriteRequest['method'];
  path: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

/** Every write operation of the app's OpenAPI document. */
export function writeOperationsOf(app: App): WriteOperation[] {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'fuzz', version: '1' },
  });
  const components = (document.components?.schemas ?? {}) as Record<string, JsonSchema>;
  const resolve = (schema: JsonSchema | undefined): JsonSchema => {
    if (!schema?.$ref) return schema ?? {};
    return resolve(components[schema.$ref.replace('#/components/schemas/', '')]);
  };
  const operations: WriteOperation[] = [];
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    for (const method of ['post', 'put', 'patch', 'delete'] as const) {
      const operation = item?.[method];
      if (!operation) continue;
      const content = (
        operation.requestBody as { content?: Record<string, { schema?: JsonSchema }> } | undefined
      )?.content;
      const json = content?.['application/json']?.schema;
      const schema = resolve(json);
      const fields = Object.fromEntries(
        Object.entries(schema.properties ?? {}).map(([name, field]) => [name, resolve(field)]),
      );
      const verb = method.toUpperCase() as WriteRequest['method'];
      const path = `/api${template.replace(/^\/api/, '')}`;
      operations.push({
        route: `${verb} ${path}`,
        method: verb,
        body: json ? 'json' : content ? 'bytes' : 'none',
        fields,
        exampleRequest: async () => ({
          method: verb,
          path: path.replace(/\{[^}]+\}/g, '1'),
          ...(json ? { body: exampleOf(schema, resolve) } : {}),
        }),
      });
    }
  }
  return operations;
}

/** The plainest value a schema accepts, or close to it: a starting point to mutate. */
function exampleOf(schema: JsonSchema, resolve: (schema: JsonSchema) => JsonSchema): unknown {
  const resolved = resolve(schema);
  const choice = resolved.anyOf ?? resolved.oneOf;
  if (choice) return exampleOf(choice.find((option) => option.type !== 'null') ?? {}, resolve);
  if (resolved.enum) return resolved.enum[0];
  const type = Array.isArray(resolved.type) ? resolved.type[0] : resolved.type;
  switch (type) {
    case 'string':
      if (resolved.format === 'date') return '2026-06-15';
      return 'fuzz-value'.padEnd(resolved.minLength ?? 0, 'x');
    case 'integer':
    case 'number':
      return Math.max(1, resolved.minimum ?? 1);
    case 'boolean':
      return false;
    case 'array':
      return [];
    case 'object':
      return Object.fromEntries(
        Object.entries(resolved.properties ?? {}).map(([name, field]) => [
          name,
          exampleOf(field, resolve),
        ]),
      );
    default:
      return null;
  }
}

const MEGABYTE = 1024 * 1024;

/** Values that break stores and parsers, as raw JSON text (1e400 has no JSON.stringify form). */
const rawValues: Record<string, string> = {
  null: 'null',
  'empty string': '""',
  'NUL in text': JSON.stringify('名称\u0000后缀'),
  'unpaired surrogate': '"a\\ud800b"',
  'RTL override and emoji': JSON.stringify('\u202E项目👍🏽\u200D🚀'),
  '1 MB string': JSON.stringify('长'.repeat(MEGABYTE / 3)),
  '1e400': '1e400',
  'beyond a safe integer': '9007199254740993',
  'beyond PostgreSQL integer': '2147483648',
  'beyond numeric precision': '123456789012345678901234567890.123456789',
  negative: '-1',
  'year 0000': '"0000-01-01"',
  'impossible date': '"2026-02-30"',
  'object instead of a value': '{"$gt":""}',
  'deep nesting': `${'['.repeat(5000)}${']'.repeat(5000)}`,
};

/** Whole bodies that are not the JSON asked for. */
const rawBodies: Record<string, string | Uint8Array<ArrayBuffer>> = {
  'broken JSON': '{',
  'empty body': '',
  'JSON null': 'null',
  'JSON array': '[]',
  'JSON string': '"x"',
  'JSON number': '1e400',
  'NaN literal': 'NaN',
  'trailing garbage': '{}garbage',
  'deep nesting': '['.repeat(100_000),
  'deep nesting, closed': `${'{"a":'.repeat(10_000)}1${'}'.repeat(10_000)}`,
  'invalid UTF-8': new Uint8Array([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]),
  'NUL bytes': new Uint8Array([0x7b, 0x00, 0x7d]),
  '1 MB of garbage': 'x'.repeat(MEGABYTE),
};

/** What a browser or a script could label a body with. */
const contentTypes: Record<string, string | undefined> = {
  'no content type': undefined,
  'text/plain': 'text/plain',
  'a form': 'application/x-www-form-urlencoded',
  multipart: 'multipart/form-data; boundary=x',
  'JSON, odd charset': 'application/json; charset=latin1',
};

/** Values for a path parameter that must be a record id, an enum or a kind. */
const oddPathValues = [
  '0',
  '-1',
  '1e3',
  '99999999999999999999',
  '%00',
  'abc',
  '%F0%9F%98%80',
  '..%2F..%2Fetc',
];

/** One way to spoil a valid request, applied to the request valid at the time it is sent. */
export interface Mutation {
  label: string;
  apply(valid: WriteRequest): FuzzRequest;
}

/**
 * Mutations of a valid request: every whole-body kind of garbage, every content type, every
 * raw value in every field, and every odd value in every path parameter and query parameter.
 * `shape` is one valid request, for the fields and parameters there are to spoil; each mutation
 * is applied to a request built afresh, since an accepted write moves the record's version on.
 */
export function mutationsOf(operation: WriteOperation, shape: WriteRequest): Mutation[] {
  const json = { 'content-type': 'application/json' };
  const octets = { 'content-type': 'application/octet-stream' };
  const mutations: Mutation[] = [];
  const add = (label: string, apply: (valid: WriteRequest) => Omit<FuzzRequest, 'label'>) =>
    mutations.push({ label, apply: (valid) => ({ label, ...apply(valid) }) });
  const at = (valid: WriteRequest) => ({ method: operation.method, path: valid.path });

  if (operation.body === 'json') {
    for (const [label, body] of Object.entries(rawBodies)) {
      add(label, (valid) => ({ ...at(valid), headers: json, body }));
    }
    for (const [label, type] of Object.entries(contentTypes)) {
      const headers: Record<string, string> = type ? { 'content-type': type } : {};
      add(label, (valid) => ({ ...at(valid), headers, body: JSON.stringify(valid.body ?? {}) }));
    }
    const fields = Object.keys({ ...operation.fields, ...(shape.body as object) });
    for (const field of fields) {
      for (const [label, raw] of Object.entries(rawValues)) {
        add(`${field}: ${label}`, (valid) => {
          const marker = '\u0001fuzz\u0001';
          const text = JSON.stringify({ ...(valid.body as object), [field]: marker });
          return { ...at(valid), headers: json, body: text.replace(JSON.stringify(marker), raw) };
        });
      }
    }
  } else if (operation.body === 'bytes') {
    const file = (valid: WriteRequest) => valid.file ?? new Uint8Array();
    for (const [label, body] of Object.entries(rawBodies)) {
      add(label, (valid) => ({ ...at(valid), headers: octets, body }));
    }
    add('the file cut short', (valid) => ({
      ...at(valid),
      headers: octets,
      body: file(valid).slice(0, 7),
    }));
    add('the file as JSON', (valid) => ({
      ...at(valid),
      headers: json,
      body: new Uint8Array(file(valid)),
    }));
    // The valid file with a NUL and a date PostgreSQL cannot hold inside its text.
    for (const [label, from, to] of [
      ['NUL in a cell', /导入的问题/, '导入\u0000的问题'],
      ['year 0000 in a cell', /2026-04-02/, '0000-01-01'],
    ] as const) {
      add(label, (valid) => ({
        ...at(valid),
        headers: octets,
        body: new TextEncoder().encode(new TextDecoder().decode(file(valid)).replace(from, to)),
      }));
    }
  }

  const bodyOf = (valid: WriteRequest): Pick<FuzzRequest, 'headers' | 'body'> =>
    operation.body === 'json'
      ? { headers: json, body: JSON.stringify(valid.body ?? {}) }
      : valid.file
        ? { headers: octets, body: new Uint8Array(valid.file) }
        : { headers: {} };
  const templateParts = operation.route.split(' ')[1]?.split('/') ?? [];
  for (const [index, part] of templateParts.entries()) {
    if (!part.startsWith('{')) continue;
    for (const odd of oddPathValues) {
      add(`${part} = ${odd}`, (valid) => {
        const [path = '', query] = valid.path.split('?');
        const spoiled = path
          .split('/')
          .map((segment, i) => (i === index ? odd : segment))
          .join('/');
        return {
          method: operation.method,
          path: query ? `${spoiled}?${query}` : spoiled,
          ...bodyOf(valid),
        };
      });
    }
  }
  const [, shapeQuery = ''] = shape.path.split('?');
  for (const parameter of new URLSearchParams(shapeQuery).keys()) {
    for (const odd of ['', ...oddPathValues]) {
      add(`?${parameter}=${odd}`, (valid) => {
        const [path, query = ''] = valid.path.split('?');
        const params = new URLSearchParams(query);
        params.set(parameter, decodeURIComponentSafe(odd));
        return { method: operation.method, path: `${path}?${params.toString()}`, ...bodyOf(valid) };
      });
    }
  }
  return mutations;
}

function decodeURIComponentSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** A read with query parameters, as the OpenAPI document describes it. */
export interface ReadOperation {
  route: string;
  /** The path with every path parameter set to 1. */
  path: string;
  parameters: string[];
}

/**
 * Every GET of the OpenAPI document that takes query parameters, but the downloads (exports,
 * backups, templates): their parameters are the lists' own, fuzzed on the lists, and each valid
 * one would build a whole workbook.
 */
export function readOperationsOf(app: App): ReadOperation[] {
  const document = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: { title: 'fuzz', version: '1' },
  });
  const operations: ReadOperation[] = [];
  for (const [template, item] of Object.entries(document.paths ?? {})) {
    const parameters = ((item?.get?.parameters ?? []) as { in?: string; name?: string }[])
      .filter((parameter) => parameter.in === 'query' && parameter.name)
      .map((parameter) => String(parameter.name));
    if (parameters.length === 0 || /exports|backup|template/.test(template)) continue;
    operations.push({
      route: `GET ${template}`,
      path: template.replace(/\{[^}]+\}/g, '1'),
      parameters,
    });
  }
  return operations;
}

/** Query values that reach a database as text, a date or a number, already percent-encoded. */
export const oddQueryValues = [
  '%00',
  'a%00b',
  '%ED%A0%80',
  '0000-01-01',
  '9999-12-31',
  '2026-02-30',
  'x'.repeat(5000),
  '-1',
  '1e400',
  '99999999999999999999',
  '%E2%80%AE%F0%9F%98%80',
  "'%3B--",
];
