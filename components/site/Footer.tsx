export function Footer() {
  return (
    <footer className="mt-16 border-t border-slate-200 dark:border-slate-800">
      <div className="mx-auto max-w-[90rem] px-4 py-8 text-sm text-slate-600 sm:px-6 dark:text-slate-400">
        <p>
          Memory Lab for Python. Every output shown in a lesson was printed by a real CPython interpreter;
          the simulator is checked against CPython 3.10 to 3.14.
        </p>
      </div>
    </footer>
  );
}
