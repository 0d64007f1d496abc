import Link from 'next/link';
import { siteName } from '@/lib/content/site';
import { NavLinks } from './NavLinks';
import { ThemeToggle } from './ThemeToggle';

/** The site's sections. */
const NAV = [
  { href: '/learn', label: 'Learn' },
  { href: '/myths', label: 'Myths' },
  { href: '/quiz', label: 'Quiz' },
  { href: '/play', label: 'Play' },
  { href: '/teach', label: 'Teach' },
] as const;

export function Header() {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-950/90">
      <div className="mx-auto flex h-16 max-w-[90rem] items-center gap-2 px-4 sm:gap-4 sm:px-6">
        <Link href="/" className="flex shrink-0 items-center gap-2 rounded-md font-bold whitespace-nowrap text-slate-900 dark:text-white">
          <Logo />
          <span className="text-base max-[26rem]:sr-only sm:text-lg">{siteName.replace(' for Python', '')}</span>
          <span className="hidden rounded-full bg-sky-100 px-2 py-0.5 text-xs font-semibold text-sky-800 sm:inline dark:bg-sky-900/60 dark:text-sky-200">
            Python
          </span>
        </Link>
        <nav aria-label="Main" className="ml-auto">
          <NavLinks items={NAV} />
        </nav>
        <ThemeToggle />
      </div>
    </header>
  );
}

function Logo() {
  return (
    <svg aria-hidden="true" width="28" height="28" viewBox="0 0 32 32">
      <rect width="32" height="32" rx="8" className="fill-sky-600 dark:fill-sky-500" />
      <circle cx="10" cy="11" r="3.2" fill="white" />
      <rect x="17" y="18" width="9" height="7" rx="2" fill="white" />
      <path d="M12.5 13.2 18 18.6" stroke="white" strokeWidth="2.2" strokeLinecap="round" />
    </svg>
  );
}
