// The branded Open Graph card (1200×630) rendered by next/og for the home page and each lesson.
export const OG_SIZE = { width: 1200, height: 630 };

export function OgCard({ eyebrow, title, summary }: { eyebrow: string; title: string; summary: string }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        flexDirection: 'column',
        justifyContent: 'space-between',
        padding: '72px 80px',
        background: 'linear-gradient(135deg, #0c4a6e 0%, #0f172a 70%)',
        color: 'white',
        fontFamily: 'sans-serif',
      }}
    >
      <div style={{ display: 'flex', alignItems: 'center', gap: 20 }}>
        <div style={{ width: 56, height: 56, borderRadius: 14, background: '#0ea5e9', display: 'flex', alignItems: 'center', justifyContent: 'center' }}>
          <div style={{ width: 18, height: 18, borderRadius: 9, background: 'white' }} />
        </div>
        <div style={{ fontSize: 32, fontWeight: 700, letterSpacing: -0.5 }}>Memory Lab for Python</div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 28, color: '#7dd3fc', textTransform: 'uppercase', letterSpacing: 2 }}>{eyebrow}</div>
        <div style={{ fontSize: 76, fontWeight: 800, lineHeight: 1.1, marginTop: 16, letterSpacing: -1.5 }}>{title}</div>
        <div style={{ fontSize: 34, lineHeight: 1.35, marginTop: 28, color: '#cbd5e1', maxWidth: 1000 }}>{summary}</div>
      </div>
    </div>
  );
}
