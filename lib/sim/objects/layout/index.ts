// Public surface of the object layouts: sys.getsizeof and allocation sizes for every type in the
// subset, computed from field lists per profile (Python/sysmodule.c _PySys_GetSizeOf adds the GC
// pre-header to each type's __sizeof__). Stateful sizes (list capacity, dict and set tables,
// shared keys) are shapes the runtime keeps per object; the functions here give their next value.

export type { CType, Field, PlacedField, StructLayout } from './struct';
export { layoutStruct, ctypeSize } from './struct';
export type { TypeLayout } from './type-layout';
export { basicSizeof, layoutDiagram } from './type-layout';
export type { DiagramField } from './type-layout';
export { objectHead, varObjectHead, gcHead, instancePreHeader } from './headers';
export type { BuiltinLayoutName } from './builtins';
export { builtinLayout } from './builtins';
export {
  intDigitCount,
  bitLength,
  intStoredDigits,
  isCompactInt,
  sizeofInt,
  allocationBytesInt,
  sizeofFloat,
  sizeofComplex,
  sizeofBareObject,
  sizeofBytes,
  sizeofBytearray,
} from './scalars';
export type { StrKind, StrSizeOptions } from './str';
export { strKind, strLength, utf8Length, charWidth, sizeofStr, allocationBytesStr, latin1SingletonHasUtf8, strHeaderBytes } from './str';
export { sizeofTuple, allocationBytesTuple, sizeofList, allocationBytesListObject, allocationBytesListItems } from './sequences';
export type { ExtendSource, ListBuilder } from './list-capacity';
export {
  listResize,
  listPreallocateExact,
  listCapacityAfterAppend,
  listCapacityAfterShrink,
  listCapacityAfterExtend,
  listCapacityForBuilder,
  listCapacityFromIterable,
  listCapacityAfterStrSplit,
  DEFAULT_LENGTH_HINT,
} from './list-capacity';
export type { DictKeysKind, DictTableShape } from './dict';
export {
  EMPTY_DICT_TABLE,
  DICT_LOG_MINSIZE,
  usableFraction,
  calculateLog2Keysize,
  estimateLog2Keysize,
  growthLog2Keysize,
  dictKeysTableBytes,
  dictEntryBytes,
  sizeofDict,
  allocationBytesDictObject,
  dictShapeAfterInsert,
  dictShapeAfterDelete,
  dictShapeAfterClear,
  dictShapePresized,
  dictShapeAfterMerge,
  dictShapeAfterCopy,
} from './dict';
export type { SetTableShape } from './set';
export {
  EMPTY_SET_TABLE,
  SET_MINSIZE,
  setTableSizeFor,
  setShapeAfterAdd,
  setShapeAfterDiscard,
  setShapeAfterClear,
  setShapeAfterMerge,
  setShapeFromAdds,
  sizeofSet,
  allocationBytesSetTable,
} from './set';
export type { ClassShape, SharedKeysState, NewInstanceAllocation } from './instance';
export {
  classInstanceLayout,
  attributeStorage,
  initialSharedKeys,
  sharedKeysAfterNewName,
  newInstanceAllocation,
  splitDictValuesBytes310,
} from './instance';
export { sizeofFixed, sizeofClassObject, classObjectSizeMeasured } from './misc';
