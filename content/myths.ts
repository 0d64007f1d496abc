// The popular claims the course answers (ids from docs/source-claims.md), for the /myths page:
// each paraphrased, with its verdict, a short reason and the lesson section that answers it.
// tests/content/myths.test.ts checks the ids against source-claims.md and every link against the
// lessons' real heading ids.

export type Verdict = 'wrong' | 'misleading' | 'right';

export interface Myth {
  /** The claim's id in source-claims.md, e.g. "A1". */
  id: string;
  /** The claim, paraphrased (never quoted). */
  claim: string;
  verdict: Verdict;
  /** One or two sentences on why. */
  why: string;
  /** The lesson slug and the heading id of the section that answers it. */
  lesson: string;
  section: string;
}

export interface MythGroup {
  letter: string;
  title: string;
  myths: Myth[];
}

export const MYTH_GROUPS: MythGroup[] = [
  {
    letter: 'A',
    title: 'Reference counting',
    myths: [
      {
        id: 'A1',
        claim: 'Binding a = 10, then b = a and c = b raises the integer’s reference count to 10, 20, then 30; after rebinding a, setting b to None and deleting c, the object 5 is deallocated.',
        verdict: 'wrong',
        why: 'Each reference adds exactly one, the object that loses its names is 10, not 5, and small ints are cached (immortal from 3.12), so neither is ever freed. Redone with int(\'1000\'), the counts go up by one per name.',
        lesson: 'reference-counting',
        section: 'the-worked-example-redone',
      },
      {
        id: 'A2',
        claim: 'Every object has a reference count, and when it reaches zero the object can be freed.',
        verdict: 'right',
        why: 'And more precisely: the object is freed at that moment, by the decrement itself, not later by a collector.',
        lesson: 'reference-counting',
        section: 'freed-at-zero-immediately',
      },
      {
        id: 'A3',
        claim: 'After a name is reassigned, the old object stays in memory until the garbage collector eventually deallocates it.',
        verdict: 'wrong',
        why: 'Reference counting frees it immediately when its count drops to zero, with the collector switched off or not; the cyclic collector only deals with cycles.',
        lesson: 'reference-counting',
        section: 'freed-at-zero-immediately',
      },
      {
        id: 'A4',
        claim: 'Rebinding x from 10 to 20 makes Python free the memory used by 10 and allocate new memory for 20.',
        verdict: 'wrong',
        why: '10 and 20 are cached small ints that exist before the program runs; rebinding just points the name at another existing object, so nothing is allocated or freed.',
        lesson: 'small-ints-interning-immortals',
        section: 'why-nothing-is-freed-when-x-changes-from-10-to-20',
      },
      {
        id: 'A5',
        claim: 'Going out of scope, or being set to None, decrements an object’s reference count.',
        verdict: 'right',
        why: 'A returning function drops its locals’ references, and = None is an ordinary rebinding; del likewise removes a name, not an object.',
        lesson: 'reference-counting',
        section: 'leaving-a-scope-none-and-del',
      },
    ],
  },
  {
    letter: 'B',
    title: 'The garbage collector',
    myths: [
      {
        id: 'B1',
        claim: 'The garbage collector cannot detect objects that refer to each other in a cycle, so cycles leak.',
        verdict: 'wrong',
        why: 'Finding unreachable cycles is exactly what the cyclic collector does; since Python 3.4 (PEP 442) even cycles whose objects have __del__ are collected.',
        lesson: 'cycles-and-the-collector',
        section: 'cycles-are-exactly-what-the-collector-frees',
      },
      {
        id: 'B2',
        claim: 'The garbage collector keeps track of every object created while the program runs.',
        verdict: 'wrong',
        why: 'Only objects that can hold references (containers, instances, functions…) are tracked; ints and strs never are, and some tuples and dicts are untracked.',
        lesson: 'cycles-and-the-collector',
        section: 'only-containers-are-tracked',
      },
      {
        id: 'B3',
        claim: 'A sweeping phase finds objects whose reference count is zero and marks them for deallocation.',
        verdict: 'wrong',
        why: 'Objects whose count reaches zero are freed at once and never wait for the collector; it looks for groups whose counts are all explained by references among themselves.',
        lesson: 'cycles-and-the-collector',
        section: 'how-the-collector-finds-a-cycle',
      },
      {
        id: 'B4',
        claim: 'The collector is generational: young objects are examined more often than old ones.',
        verdict: 'right',
        why: 'Thresholds and counts differ by version: 700 until 3.12, 2000 in 3.13, and 3.14 changes the collector again.',
        lesson: 'generations',
        section: 'young-objects-are-examined-more-often',
      },
      {
        id: 'B5',
        claim: 'Reference cycles should be broken by hand (setting references to None) or avoided with weak references.',
        verdict: 'misleading',
        why: 'It is not needed for correctness, since the collector frees cycles; it helps free memory sooner and lower peaks. Weak references are a good tool for caches and back-references.',
        lesson: 'finalizers-and-weak-references',
        section: 'breaking-cycles-is-about-timing-not-correctness',
      },
      {
        id: 'B6',
        claim: 'The collector releases memory periodically.',
        verdict: 'misleading',
        why: 'Most memory is released by reference counting the instant it becomes unreachable; collections are triggered by allocation counts, not by a timer.',
        lesson: 'generations',
        section: 'collections-are-triggered-by-allocations-not-a-timer',
      },
    ],
  },
  {
    letter: 'C',
    title: 'Sizes and layout',
    myths: [
      {
        id: 'C1',
        claim: 'An integer variable typically takes 4 bytes.',
        verdict: 'wrong',
        why: 'An int object on 64-bit CPython takes at least 28 bytes (header, size word, one 30-bit digit) and grows with its magnitude; the name is a separate pointer-sized reference.',
        lesson: 'how-big-is-an-int',
        section: 'the-4-bytes-claim',
      },
      {
        id: 'C2',
        claim: 'The memory a variable takes depends on the data type it represents.',
        verdict: 'misleading',
        why: 'Names have no type and no size; the object a name refers to has a type, and its type and value decide its size.',
        lesson: 'names-and-objects',
        section: 'the-object-decides-the-size',
      },
      {
        id: 'C3',
        claim: 'A “small object optimization” embeds small objects inside the memory of larger ones.',
        verdict: 'wrong',
        why: 'CPython has no such mechanism. What exists is compact ints and strings, instance attribute values kept without a dict (3.11+; right after the object from 3.13) and the small-object allocator’s pools.',
        lesson: 'containers-and-their-sizes',
        section: 'no-object-is-embedded-inside-another',
      },
      {
        id: 'C4',
        claim: 'The array module and NumPy arrays use less memory than lists.',
        verdict: 'right',
        why: 'A list holds pointers to separate, boxed objects; an array stores the raw values side by side.',
        lesson: 'containers-and-their-sizes',
        section: 'why-array-and-numpy-use-less-memory-than-lists',
      },
    ],
  },
  {
    letter: 'D',
    title: 'Where memory lives',
    myths: [
      {
        id: 'D1',
        claim: 'The heap is one large pool of memory shared by all Python processes.',
        verdict: 'wrong',
        why: 'Each process has its own address space and heap; after fork, pages are shared copy-on-write until written, and reference count updates write to them.',
        lesson: 'the-allocator',
        section: 'one-heap-per-process',
      },
      {
        id: 'D2',
        claim: 'Python keeps local variables and function calls on the stack and objects on the heap.',
        verdict: 'misleading',
        why: 'Every object is on the heap; a frame holds references to them, and since 3.11 frames live in a per-thread data stack that CPython allocates, not on the C stack.',
        lesson: 'frames-stack-and-heap',
        section: 'locals-on-the-stack-objects-on-the-heap',
      },
      {
        id: 'D3',
        claim: 'To create an object, the interpreter searches the heap for a free block of the right size, and asks the operating system if there is none.',
        verdict: 'misleading',
        why: 'Requests of up to 512 bytes go to pymalloc’s size-class pools inside arenas; larger ones go to the system allocator.',
        lesson: 'the-allocator',
        section: 'does-python-search-the-heap-for-a-free-block',
      },
    ],
  },
  {
    letter: 'E',
    title: 'Allocator and pooling',
    myths: [
      {
        id: 'E1',
        claim: 'Object pooling reuses memory previously allocated for objects of the same type.',
        verdict: 'misleading',
        why: 'pymalloc reuses blocks by size class, whatever the type; only a few types also keep free lists of their own.',
        lesson: 'the-allocator',
        section: 'memory-is-reused-by-size-not-by-type',
      },
      {
        id: 'E2',
        claim: 'Freed memory is not returned to the operating system at once but kept in pools for reuse.',
        verdict: 'right',
        why: 'An arena is returned to the operating system only when every block in it is free.',
        lesson: 'the-allocator',
        section: 'freed-memory-stays-in-the-process',
      },
      {
        id: 'E3',
        claim: 'A memoryview gives access to an object’s memory without copying it.',
        verdict: 'right',
        why: 'Slicing a memoryview shares the underlying buffer, while slicing bytes copies the data.',
        lesson: 'measuring-memory',
        section: 'memory-views-share-instead-of-copying',
      },
    ],
  },
  {
    letter: 'F',
    title: 'Small inconsistencies',
    myths: [
      {
        id: 'F1',
        claim: 'An example’s text says it assigns 10 while its code assigns 7.',
        verdict: 'wrong',
        why: 'The code, not the prose, is the truth: every example in this course is run, and checked against real CPython.',
        lesson: 'names-and-objects',
        section: 'the-code-is-the-truth',
      },
      {
        id: 'F2',
        claim: 'Variables are containers for storing data.',
        verdict: 'misleading',
        why: 'Names are labels bound to objects; containers are objects that hold references to other objects.',
        lesson: 'names-and-objects',
        section: 'a-name-is-a-reference',
      },
    ],
  },
];

export const ALL_MYTHS: Myth[] = MYTH_GROUPS.flatMap((group) => group.myths);

/** The anchor of a claim on /myths, e.g. "a1". */
export function mythAnchor(id: string): string {
  return id.toLowerCase();
}

export function mythHref(myth: Pick<Myth, 'lesson' | 'section'>): string {
  return `/learn/${myth.lesson}#${myth.section}`;
}
