'use client';
// The diagram: frames with their names on the left, objects in columns by distance from a name,
// arrows for every reference. Columns keep address order, so objects stay put while stepping.
import type { ObjectView } from '@/lib/sim/trace/schema';
import { Arrows } from './Arrows';
import type { GcMark } from './gcPass';
import { GcRefsLine, ObjectCard } from './ObjectCard';
import { MAX_VIEW_REFS } from '@/lib/sim/trace/schema';
import { idTail, placeObjects, visibleNames, unreachableObjects, type StepView } from './model';

export function MemoryView({
  view,
  showStack,
  showUnreachable,
  showDunders,
  startup,
  selected,
  onSelect,
  gcMarks,
  caption,
}: {
  view: StepView;
  showStack: boolean;
  showUnreachable: boolean;
  showDunders: boolean;
  startup: Set<number>;
  selected: number | null;
  onSelect(id: number): void;
  /** While a GC pass is stepped through: gc_refs and state of each collected object. */
  gcMarks?: Map<number, GcMark>;
  /** Says which moment the diagram shows, when it is not the end of the step. */
  caption?: string;
}) {
  const columns = placeObjects(view, { includeStack: showStack, showDunders });
  const unreachable = showUnreachable ? unreachableObjects(view, startup) : [];
  const untold = unreachable === null;
  const card = (o: ObjectView) => (
    <ObjectCard
      key={o.id}
      o={o}
      previousRc={view.previousRc.get(o.id)}
      isNew={view.allocated.has(o.id)}
      changed={view.changed.has(o.id)}
      selected={selected === o.id}
      onSelect={onSelect}
      gc={gcMarks?.get(o.id)}
    />
  );

  return (
    <div className="relative overflow-x-auto" data-testid="memory-view" tabIndex={0} role="region" aria-label="Memory diagram (scrolls sideways)">
      {caption && (
        <p className="px-3 pt-2 text-xs font-medium text-orange-900 dark:text-orange-200" data-testid="diagram-caption">
          {caption}
        </p>
      )}
      <div className="relative flex min-w-max items-start gap-7 p-3 @lg:gap-10">
        <Arrows deps={[view, showStack, showUnreachable, showDunders, gcMarks]} highlight={selected} />
        <div className="flex w-28 shrink-0 flex-col gap-3 @lg:w-44">
          <ColumnTitle>Frames</ColumnTitle>
          {view.frames.map((f, fi) => (
            <div key={fi} className="relative rounded-xl border border-slate-300 bg-slate-50 dark:border-slate-600 dark:bg-slate-900" data-testid="frame">
              <p className="border-b border-slate-200 px-2.5 py-1 font-mono text-xs font-bold text-slate-800 dark:border-slate-700 dark:text-slate-200">
                {f.name === '<module>' ? 'module globals' : `${f.name}()`}
                <span className="ml-1 font-sans font-normal text-slate-600 dark:text-slate-400">line {f.line}</span>
              </p>
              <ul className="py-1">
                {visibleNames(f, showDunders).map(([name, id]) => (
                  <li key={name} className="flex items-center justify-between gap-2 px-2.5 py-0.5 font-mono text-sm" data-testid="frame-name">
                    <span className="truncate text-slate-900 dark:text-slate-100">{name}</span>
                    <span data-arrow-from={`f${fi}:${name}`} data-arrow-to={id}>
                      <span data-arrow-dot className="inline-block size-2.5 rounded-full bg-sky-600 dark:bg-sky-400" />
                    </span>
                  </li>
                ))}
                {visibleNames(f, showDunders).length === 0 && <li className="px-2.5 py-0.5 text-xs text-slate-600 italic dark:text-slate-400">no names yet</li>}
                {showStack &&
                  f.stack.map((id, k) => (
                    <li key={`s${k}`} className="flex items-center justify-between gap-2 bg-slate-100 px-2.5 py-0.5 font-mono text-xs dark:bg-slate-800">
                      <span className="text-slate-700 dark:text-slate-300">stack[{k}]</span>
                      {id === 0 ? (
                        <span className="text-slate-600 dark:text-slate-400">NULL</span>
                      ) : (
                        <span data-arrow-from={`f${fi}:s${k}`} data-arrow-to={id}>
                          <span data-arrow-dot className="inline-block size-2 rounded-full bg-slate-500" />
                        </span>
                      )}
                    </li>
                  ))}
              </ul>
            </div>
          ))}
        </div>
        {/* Columns by distance from a name; in a narrow cell they stack into one column. */}
        <div className="flex flex-col gap-3 @2xl:flex-row @2xl:gap-10">
          {columns.map((column, ci) => (
            <div key={ci} className="flex w-44 shrink-0 flex-col gap-3 @lg:w-52">
              {ci === 0 ? <ColumnTitle>Objects</ColumnTitle> : <ColumnTitle hideWhenStacked>{'\u00a0'}</ColumnTitle>}
              {column.map((p) => card(view.objects.get(p.id)!))}
            </div>
          ))}
          {untold && (
            <div className="flex w-44 shrink-0 flex-col gap-3 @lg:w-52">
              <ColumnTitle>No name reaches these</ColumnTitle>
              <p className="text-xs text-slate-600 dark:text-slate-400" data-testid="unreachable-untold">
                Not shown: a container here holds more than {MAX_VIEW_REFS} references, more than the trace follows.
              </p>
            </div>
          )}
          {unreachable && unreachable.length > 0 && (
            <div className="flex w-44 shrink-0 flex-col gap-3 opacity-80 @lg:w-52">
              <ColumnTitle>No name reaches these</ColumnTitle>
              {unreachable.slice(0, 40).map(card)}
              {unreachable.length > 40 && <p className="text-xs text-slate-600 dark:text-slate-400">and {unreachable.length - 40} more</p>}
            </div>
          )}
        {view.freed.length > 0 && (
          <div className="flex w-44 shrink-0 flex-col gap-3 @lg:w-52" data-testid="freed">
            <ColumnTitle>Freed at this step</ColumnTitle>
            {view.freed.map(({ view: o, by }) => (
              // a freed object the GC pass being stepped through examined stays at full strength (read, not faded)
              <div key={o.id} className={`${gcMarks?.has(o.id) ? '' : 'memlab-freed '}relative rounded-xl border border-dashed border-slate-400 px-2.5 py-1.5 text-xs text-slate-700 dark:border-slate-500 dark:text-slate-300`}>
                <p className="font-mono">
                  <span className="font-bold">{o.type}</span> {idTail(o.id)}
                </p>
                <p className="truncate font-mono">{o.repr}</p>
                <p className="mt-0.5 font-semibold">{by === 'gc' ? 'collected by the GC (unreachable cycle)' : 'refcount reached 0'}</p>
                {gcMarks?.get(o.id) && (
                  <span className="-mx-2.5 -mb-1.5 mt-1 block" data-obj-freed={o.id}>
                    <GcRefsLine gc={gcMarks.get(o.id)!} />
                  </span>
                )}
              </div>
            ))}
          </div>
        )}
        </div>
      </div>
    </div>
  );
}

function ColumnTitle({ children, hideWhenStacked = false }: { children: React.ReactNode; hideWhenStacked?: boolean }) {
  return (
    <p className={`text-xs font-semibold tracking-wide text-slate-600 uppercase dark:text-slate-400 ${hideWhenStacked ? 'hidden @2xl:block' : ''}`}>
      {children}
    </p>
  );
}
