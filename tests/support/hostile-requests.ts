import fc from 'fast-check';

// Arbitraries for requests built from the API's own OpenAPI document: values shaped like what a
// route declares, and hostile values (control characters, megabyte strings, deep nesting, huge
// numbers, wrong types, unknown fields) mixed into them.

export interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  enum?: unknown[];
  const?: unknown;
  anyOf?: JsonSchema[];
  oneOf?: JsonSchema[];
  allOf?: JsonSchema[];
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  format?: string;
}

export type Components = Record<string, JsonSchema>;

const CONTROL_CHARACTERS = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\u0085', '\u2028', '\ud800'];

const hostileString = fc.oneof(
  fc.string(),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.tuple(fc.string({ maxLength: 10 }), fc.constantFrom(...CONTROL_CHARACTERS), fc.string({ maxLength: 10 })).map((parts) => parts.join('')),
  fc.constantFrom('', ' ', '%00', '../../etc/passwd', "' OR 1=1 --", '<script>alert(1)</script>', '${jndi:x}', '0', '-1', 'null'),
  fc.integer({ min: 100_000, max: 1_100_000 }).map((length) => 'x'.repeat(length)),
);

const hugeNumber = fc.constantFrom(1e308, -1e308, 2 ** 53 + 1, 2 ** 63, -(2 ** 63), 1.5, -1, 0, 1e-9, 99_999_999_999_999);

function deepNesting(depth: number): unknown {
  let value: unknown = 'bottom';
  for (let level = 0; level < depth; level++) value = level % 2 ? [value] : { nested: value };
  return value;
}

export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 4, arbitrary: hostileString },
  { weight: 2, arbitrary: hugeNumber },
  { weight: 1, arbitrary: fc.constantFrom(null, true, false, [], {}, [null], JSON.parse('{"__proto__":{"admin":true}}')) },
  { weight: 1, arbitrary: fc.integer({ min: 10, max: 40 }).map(deepNesting) },
  { weight: 1, arbitrary: fc.jsonValue({ maxDepth: 3 }) },
);

/** A JSON text nested deeper than any object fast-check could print: for whole bodies. */
export const deeplyNestedJson: fc.Arbitrary<string> = fc
  .integer({ min: 1000, max: 15_000 })
  .map((depth) => `${'{"a":['.repeat(depth)}1${']}'.repeat(depth)}`);

/** Percent-encodes every byte of the UTF-8 form, so that any string can travel in a URL. */
export function percentEncoded(text: string): string {
  return [...Buffer.from(text, 'utf8')].map((byte) => `%${byte.toString(16).padStart(2, '0')}`).join('');
}

function resolve(schema: JsonSchema, components: Components): JsonSchema {
  if (!schema.$ref) return schema;
  const name = schema.$ref.replace('#/components/schemas/', '');
  return components[name] ?? {};
}

/** A value shaped like the schema (not always valid), with hostile values in some places. */
export function shapedValue(schema: JsonSchema, components: Components, depth = 0): fc.Arbitrary<unknown> {
  const resolved = resolve(schema, components);
  const variants = resolved.anyOf ?? resolved.oneOf;
  const shaped = variants?.length
    ? fc.oneof(...variants.map((variant) => shapedValue(variant, components, depth + 1)))
    : shapedLeaf(resolved, components, depth);
  return fc.oneof({ weight: 5, arbitrary: shaped }, { weight: 1, arbitrary: hostileValue });
}

function shapedLeaf(schema: JsonSchema, components: Components, depth: number): fc.Arbitrary<unknown> {
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum?.length) return fc.constantFrom(...schema.enum);
  if (schema.allOf?.length) return shapedValue(schema.allOf[0] ?? {}, components, depth + 1);
  const type = Array.isArray(schema.type) ? schema.type.find((name) => name !== 'null') : schema.type;
  switch (type) {
    case 'object':
      return shapedObject(schema, components, depth);
    case 'array':
      return depth > 4 ? fc.constant([]) : fc.array(shapedValue(schema.items ?? {}, components, depth + 1), { maxLength: 3 });
    case 'integer':
      return fc.integer({ min: Math.max(schema.minimum ?? -1000, -1e9), max: Math.min(schema.maximum ?? 1e6, 1e9) });
    case 'number':
      return fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 });
    case 'boolean':
      return fc.boolean();
    case 'string':
      return shapedString(schema);
    default:
      return hostileValue;
  }
}

function shapedString(schema: JsonSchema): fc.Arbitrary<string> {
  if (schema.format === 'uuid') return fc.uuid();
  if (schema.format === 'date-time') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString());
  if (schema.format === 'date') return fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
  if (schema.format === 'email') return fc.emailAddress();
  return fc.string({ minLength: schema.minLength ?? 1, maxLength: Math.min(schema.maxLength ?? 40, 40) });
}

function shapedObject(schema: JsonSchema, components: Components, depth: number): fc.Arbitrary<Record<string, unknown>> {
  const properties = Object.entries(schema.properties ?? {});
  const record = fc.record(
    Object.fromEntries(properties.map(([name, property]) => [name, shapedValue(property, components, depth + 1)])),
    { requiredKeys: properties.map(([name]) => name).filter((name) => schema.required?.includes(name)) },
  );
  return fc.tuple(record, fc.option(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), hostileValue), { freq: 4 })).map(([value, unknown]) =>
    unknown ? { ...value, [unknown[0]]: unknown[1] } : value,
  );
}
