// Imports every type module so their TypeSpecs are registered before a runtime bootstraps.
import './type';
import './none';
import './int';
import './float';
import './str';
import './bytes';
import './tuple';
import './list';
import './dict';
import './set';
import './range';
import './slice';
import './iterators';
import './seqiter';
import './function';
import './exception';
import './weakref';
import './generator';
// frame and traceback objects (vm/): registered last so the other static types keep their ids
import '../vm/frameobject';
import '../vm/traceback';
// slot wrappers: after every type they describe (and last, so the other static types keep their ids)
import './slotwrapper-types';
import './framelocalsproxy';
import './mappingproxy';
// descriptors of built-in types' members and getsets, then CPython's type dicts applied over every type
import './member-descriptor';
import './introspection';
