export { Heading } from './Heading';
export { Myth, Actually, Note, Pitfall, Callout } from './Callout';
export { DeepDive } from './DeepDive';
export { LearningGoals, Recap, References } from './Panels';
export { CPython, Pep, CPYTHON_REF } from './refs';
export { Pre } from './CodeBlock';
