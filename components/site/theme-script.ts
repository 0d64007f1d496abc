// Runs inline in <head> before the body paints, so the page never flashes the wrong theme.
// Keep in sync with ThemeToggle (same storage key and values).
export const THEME_STORAGE_KEY = 'memlab:theme';

export const themeScript = `(function(){try{var t=localStorage.getItem('${THEME_STORAGE_KEY}');var d=t==='dark'||(t!=='light'&&window.matchMedia('(prefers-color-scheme: dark)').matches);var r=document.documentElement;r.classList.toggle('dark',d);r.dataset.theme=t==='dark'||t==='light'?t:'system';}catch(e){}})();`;
