// The <Cell> lessons use: the interactive cell, plus the output real CPython recorded for the
// version the cell opens on (content/recorded/), read when the page is built.
import { Cell, type CellProps } from '@/components/cell/Cell';
import type { CheckedVersion } from '@/lib/content/cells';
import { allRecordedCells } from '@/lib/content/recorded';

let recorded: ReturnType<typeof allRecordedCells> | null = null;

export function LessonCell({ id, versions: _versions, ...props }: CellProps & { id: string; versions: readonly CheckedVersion[] }) {
  recorded ??= allRecordedCells();
  const python = props.python ?? '3.13';
  const key = python === '3.14' ? (props.platform === 'wasm32' ? '3.14-wasm32' : null) : python;
  const output = key ? recorded.get(id)?.outputs[key] : undefined;
  const shown = output ? output.stdout + (output.error ? output.error + '\n' : '') : undefined;
  return <Cell {...props} python={python} output={props.output ?? shown} />;
}
