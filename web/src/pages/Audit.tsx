import { useApi } from '../api.ts';
import { Empty, Page } from '../components/Status.tsx';
import { SourceLink } from '../components/FigureLink.tsx';
import type { AuditView } from '../types.ts';
import type { PageProps } from '../pages.ts';

export default function Audit(_: PageProps) {
  const view = useApi<AuditView>('/views/audit');
  return (
    <Page name="audit" title="Audit" loaded={view}>
      {(v) => (
        <>
          <p className="muted">
            Checks that compare figures the documents state: {v.checked.map((c) => `${c.rule} (${c.count} compared)`).join(' · ')}.
            {Object.keys(v.tolerances).length > 0 && <> Tolerances: {Object.entries(v.tolerances).map(([k, t]) => `${k} ${t}`).join(', ')}.</>}
          </p>
          {v.total > v.findings.length && <p className="muted">{v.total} findings; the {v.findings.length} largest disagreements are listed.</p>}
          {v.findings.length === 0 ? <Empty>No findings: the stated figures agree with each other.</Empty> : v.findings.map((f) => (
            <article key={f.id} className="panel finding" data-finding={f.id}>
              <h3>{f.message}</h3>
              <p><span className="badge" style={{ ['--c' as string]: '#b45309' }}>{f.rule}</span> <span className="arith">{f.arithmetic}</span></p>
              <div className="side-by-side">
                {f.sides.map((s) => (
                  <blockquote key={s.source.ref}>
                    <QuoteInSentence sentence={s.sentenceText} quote={s.source.quote} />
                    <div className="hit-meta"><SourceLink source={s.source}>open {s.source.ref}</SourceLink> · “{s.source.quote}”</div>
                  </blockquote>
                ))}
              </div>
            </article>
          ))}
        </>
      )}
    </Page>
  );
}

/** The sentence with this side's figure marked, so two sides from one sentence still read apart. */
function QuoteInSentence({ sentence, quote }: { sentence: string | null; quote: string }) {
  const at = sentence ? sentence.indexOf(quote) : -1;
  if (!sentence || at < 0) return <>{sentence ?? `“${quote}”`}</>;
  return <>{sentence.slice(0, at)}<mark>{quote}</mark>{sentence.slice(at + quote.length)}</>;
}
