/** A search snippet: the store wraps matched terms in [[ ]]; they become <mark>. */
export function Snippet({ text }: { text: string }) {
  const parts = text.split(/\[\[|\]\]/);
  return <>{parts.map((p, i) => (i % 2 === 1 ? <mark key={i}>{p}</mark> : <span key={i}>{p}</span>))}</>;
}
