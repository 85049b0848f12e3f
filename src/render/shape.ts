/**
 * The shape of the data a template sees, learned from the real contexts of
 * every region, so a field is known when any region has it.
 */
export type Shape =
  | { kind: 'object'; fields: Map<string, Shape> }
  | { kind: 'array'; element: Shape | null }
  | { kind: 'value' }
  /** null in every region seen so far: it may still be anything. */
  | { kind: 'empty' };

export function shapeOf(value: unknown): Shape {
  if (value === null || value === undefined) return { kind: 'empty' };
  if (Array.isArray(value)) {
    return { kind: 'array', element: value.reduce<Shape | null>((acc, item) => (acc ? mergeShapes(acc, shapeOf(item)) : shapeOf(item)), null) };
  }
  if (typeof value === 'object') {
    return { kind: 'object', fields: new Map(Object.entries(value).map(([k, v]) => [k, shapeOf(v)])) };
  }
  return { kind: 'value' };
}

export function mergeShapes(a: Shape, b: Shape): Shape {
  if (a.kind === 'empty') return b;
  if (b.kind === 'empty') return a;
  if (a.kind === 'object' && b.kind === 'object') {
    const fields = new Map(a.fields);
    for (const [k, v] of b.fields) fields.set(k, fields.has(k) ? mergeShapes(fields.get(k) as Shape, v) : v);
    return { kind: 'object', fields };
  }
  if (a.kind === 'array' && b.kind === 'array') {
    return { kind: 'array', element: a.element && b.element ? mergeShapes(a.element, b.element) : (a.element ?? b.element) };
  }
  return a.kind === b.kind ? a : { kind: 'value' };
}

export function shapeOfAll(values: readonly unknown[]): Shape {
  return values.reduce<Shape>((acc, value) => widenShape(acc, value), { kind: 'empty' });
}

/**
 * `mergeShapes(shape, shapeOf(value))`, changing `shape` in place where it can:
 * folding 50,000 regions' contexts one by one then costs a walk of each, not a
 * copy of the shape so far. `shape` must be one this module made for the caller.
 */
export function widenShape(shape: Shape, value: unknown): Shape {
  if (value === null || value === undefined) return shape;
  if (shape.kind === 'empty') return shapeOf(value);
  if (Array.isArray(value)) {
    if (shape.kind !== 'array') return shape.kind === 'value' ? shape : { kind: 'value' };
    for (const item of value) shape.element = shape.element ? widenShape(shape.element, item) : shapeOf(item);
    return shape;
  }
  if (typeof value === 'object') {
    if (shape.kind !== 'object') return shape.kind === 'value' ? shape : { kind: 'value' };
    // for…in over own keys, not Object.entries: no array per object of each of 50,000 contexts.
    const record = value as Record<string, unknown>;
    for (const key in record) {
      if (!Object.hasOwn(record, key)) continue;
      const known = shape.fields.get(key);
      if (!known) shape.fields.set(key, shapeOf(record[key]));
      else {
        const widened = widenShape(known, record[key]);
        if (widened !== known) shape.fields.set(key, widened);
      }
    }
    return shape;
  }
  return shape.kind === 'value' ? shape : { kind: 'value' };
}

/** What `#each` binds `this` to: an array's element, or an object's values. */
export function elementShape(shape: Shape): Shape {
  if (shape.kind === 'array') return shape.element ?? { kind: 'empty' };
  if (shape.kind === 'object') return [...shape.fields.values()].reduce<Shape>((acc, s) => mergeShapes(acc, s), { kind: 'empty' });
  return { kind: 'empty' };
}
