// The shape every sizeof computation starts from: a type's pre-header and struct fields, as in
// PyTypeObject's tp_basicsize / tp_itemsize plus the GC pre-header (Objects/typeobject.c,
// Python/sysmodule.c _PySys_GetSizeOf, which adds the pre-header to __sizeof__).

import type { Profile } from '../../versions/profile';
import { gcHead } from './headers';
import { layoutStruct, offsetOfTrailingArray, type CType, type Field } from './struct';

export interface TypeLayout {
  readonly typeName: string;
  /** Instances carry a PyGC_Head (and are GC types). */
  readonly gc: boolean;
  /** Fields in front of the object (GC head, managed dict/weakref words). */
  readonly preHeader: readonly Field[];
  readonly preHeaderBytes: number;
  /** The struct, starting with PyObject_HEAD. */
  readonly fields: readonly Field[];
  /** tp_basicsize: sizeof(struct), or offsetof(trailing array) for variable-size objects. */
  readonly basicsize: number;
  /** tp_itemsize: bytes per item of the trailing array (0 for fixed-size objects). */
  readonly itemsize: number;
}

export interface LayoutSpec {
  readonly typeName: string;
  readonly gc: boolean;
  readonly fields: readonly Field[];
  /** Type of the trailing flexible array, if any (ob_digit, ob_item, ob_sval...). */
  readonly items?: CType;
  /** Extra bytes counted in tp_basicsize past the array start (bytes: the NUL of ob_sval[1]). */
  readonly basicsizeExtra?: number;
  /** Pre-header fields other than the GC head (instances, 3.11+). */
  readonly extraPreHeader?: readonly Field[];
}

export function makeLayout(profile: Profile, spec: LayoutSpec): TypeLayout {
  const platform = profile.platformModel;
  const preHeader = [...(spec.gc ? gcHead() : []), ...(spec.extraPreHeader ?? [])];
  const preHeaderBytes = preHeader.length === 0 ? 0 : layoutStruct(preHeader, platform).size;
  const basicsize = spec.items
    ? offsetOfTrailingArray(spec.fields, spec.items, platform) + (spec.basicsizeExtra ?? 0)
    : layoutStruct(spec.fields, platform).size;
  const itemsize = spec.items ? layoutStruct([{ name: 'item', type: spec.items }], platform).end : 0;
  return { typeName: spec.typeName, gc: spec.gc, preHeader, preHeaderBytes, fields: spec.fields, basicsize, itemsize };
}

/** sys.getsizeof for an object whose __sizeof__ is tp_basicsize + n * tp_itemsize (object.__sizeof__). */
export function basicSizeof(layout: TypeLayout, items = 0): number {
  return layout.preHeaderBytes + layout.basicsize + items * layout.itemsize;
}

/** One row of a memory diagram: a field with its offset from the PyObject pointer (negative = pre-header). */
export interface DiagramField {
  readonly name: string;
  readonly offset: number;
  readonly bytes: number;
  readonly region: 'pre-header' | 'object';
}

/** The fields of a layout with offsets relative to the object's address (its id()), for diagrams. */
export function layoutDiagram(profile: Profile, layout: TypeLayout): DiagramField[] {
  const platform = profile.platformModel;
  const pre = layoutStruct(layout.preHeader, platform).fields.map((f) => ({
    name: f.name,
    offset: f.offset - layout.preHeaderBytes,
    bytes: f.bytes,
    region: 'pre-header' as const,
  }));
  const body = layoutStruct(layout.fields, platform).fields.map((f) => ({ name: f.name, offset: f.offset, bytes: f.bytes, region: 'object' as const }));
  return [...pre, ...body];
}
