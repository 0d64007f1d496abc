// Open Graph preview for a shared playground link: the program's first lines on the site's card.
import { ImageResponse } from 'next/og';
import { OG_SIZE } from '@/components/site/og-card';
import { decodeShareState, SHARE_PARAM } from '@/lib/share/codec';

const MAX_LINES = 9;
const MAX_LINE_CHARS = 56;

export function GET(request: Request) {
  const param = new URL(request.url).searchParams.get(SHARE_PARAM);
  const decoded = param ? decodeShareState(param) : null;
  const state = decoded?.ok ? decoded.state : null;
  const lines = (state?.code ?? 'print("Hello, memory")\n').replace(/\s+$/, '').split('\n');
  const shown = lines.slice(0, MAX_LINES).map((l) => (l.length > MAX_LINE_CHARS ? `${l.slice(0, MAX_LINE_CHARS - 1)}…` : l));
  if (lines.length > MAX_LINES) shown.push(`… ${lines.length - MAX_LINES} more lines`);
  const label = state ? `CPython ${state.python} · ${state.platform === 'wasm32' ? 'wasm32 (Pyodide)' : '64-bit'} · step ${state.step + 1}` : 'Playground';

  return new ImageResponse(
    (
      <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', padding: '56px 72px', background: 'linear-gradient(135deg, #0c4a6e 0%, #0f172a 70%)', color: 'white', fontFamily: 'sans-serif' }}>
        <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between' }}>
          <div style={{ display: 'flex', alignItems: 'center', gap: 18 }}>
            <div style={{ width: 48, height: 48, borderRadius: 12, background: '#0ea5e9', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
              <div style={{ width: 16, height: 16, borderRadius: 8, background: 'white' }} />
            </div>
            <div style={{ fontSize: 30, fontWeight: 700 }}>Memory Lab for Python</div>
          </div>
          <div style={{ fontSize: 24, color: '#7dd3fc' }}>{label}</div>
        </div>
        <div style={{ marginTop: 36, flex: 1, display: 'flex', flexDirection: 'column', borderRadius: 20, background: '#0b1220', border: '2px solid #1e3a5f', padding: '28px 36px' }}>
          {shown.map((line, i) => (
            <div key={i} style={{ display: 'flex', fontSize: 30, lineHeight: 1.45, color: line.trimStart().startsWith('#') ? '#94a3b8' : '#e2e8f0', whiteSpace: 'pre' }}>
              <span style={{ width: 48, color: '#475569' }}>{i + 1}</span>
              <span>{line === '' ? ' ' : line}</span>
            </div>
          ))}
        </div>
        <div style={{ marginTop: 24, fontSize: 26, color: '#cbd5e1' }}>Step through its memory: names, objects, reference counts, the garbage collector.</div>
      </div>
    ),
    OG_SIZE,
  );
}
