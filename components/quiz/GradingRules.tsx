// How answers are graded, in the learner's words. Keep in sync with the header of lib/quiz/grade.ts.
export function GradingRules({ open = false }: { open?: boolean }) {
  return (
    <details open={open} className="rounded-xl border border-slate-200 bg-white px-4 py-3 text-sm text-slate-700 dark:border-slate-800 dark:bg-slate-900 dark:text-slate-300" data-testid="grading-rules">
      <summary className="cursor-pointer font-semibold text-slate-900 dark:text-white">How answers are graded</summary>
      <div className="mt-3 space-y-3">
        <p>
          Every answer is computed by running the question&apos;s program in the simulator for the Python version you picked.
          Nobody typed the answers in: change the version and the answer may change with it.
        </p>
        <dl className="grid gap-x-4 gap-y-2 sm:grid-cols-[9rem_1fr]">
          <dt className="font-semibold text-slate-900 dark:text-white">A number</dt>
          <dd>
            Must be exact. Spaces, a leading <code>+</code>, and <code>_</code> or <code>,</code> between groups of digits are
            ignored, so <code>1_000</code> and <code>1,000</code> both mean 1000.
          </dd>
          <dt className="font-semibold text-slate-900 dark:text-white">True or False</dt>
          <dd>Must be exact. Any letter case is fine, and so are yes and no.</dd>
          <dt className="font-semibold text-slate-900 dark:text-white">One choice</dt>
          <dd>The one right option scores 1; anything else scores 0.</dd>
          <dt className="font-semibold text-slate-900 dark:text-white">Several choices</dt>
          <dd>
            Partial credit: (right picks − wrong picks) ÷ number of right options, never below 0. Ticking every box scores 0
            unless every option is right, so guessing does not pay.
          </dd>
          <dt className="font-semibold text-slate-900 dark:text-white">An order</dt>
          <dd>
            Partial credit: the share of pairs of items you put in the right relative order. Swapping two neighbours out of
            four items still scores 5/6.
          </dd>
          <dt className="font-semibold text-slate-900 dark:text-white">A category per item</dt>
          <dd>
            For example “freed by refcount”, “freed by the cyclic GC” or “still alive”. Partial credit: items placed in the
            right category ÷ all items.
          </dd>
        </dl>
        <p>An answer counts as right only with full marks; anything between 0 and 1 is shown as partly right.</p>
      </div>
    </details>
  );
}
