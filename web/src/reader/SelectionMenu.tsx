import { useEffect, useState, type RefObject } from 'react';
import { reviewerName, sendJson } from '../api.ts';
import { FactForm } from '../review/FactForm.tsx';
import { firstNumber } from '../review/values.ts';

type Kind = 'mention' | 'quantity' | 'event';
interface Picked { start: number; end: number; quote: string; x: number; y: number }

/** Character offsets of a selection inside the reader's text (the article's text is the document's text). */
function offsetsOf(root: HTMLElement, range: Range): { start: number; end: number } {
  const before = document.createRange();
  before.selectNodeContents(root);
  before.setEnd(range.startContainer, range.startOffset);
  const start = before.toString().length;
  return { start, end: start + range.toString().length };
}

/**
 * Select text in the reader, then add what the extractor missed there: an entity, a figure or an
 * event (stored as a review of kind "added", anchored to the text like every review).
 */
export function SelectionMenu({ root, documentId, text }: { root: RefObject<HTMLElement | null>; documentId: number; text: string }) {
  const [picked, setPicked] = useState<Picked | null>(null);
  const [kind, setKind] = useState<Kind | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onUp = () => {
      const sel = window.getSelection();
      if (!sel || sel.isCollapsed || sel.rangeCount === 0 || !el.contains(sel.anchorNode) || !el.contains(sel.focusNode)) return;
      const range = sel.getRangeAt(0);
      let { start, end } = offsetsOf(el, range);
      while (start < end && /\s/.test(text[start]!)) start++;
      while (end > start && /\s/.test(text[end - 1]!)) end--;
      if (end <= start || end - start > 500) return;
      const box = range.getBoundingClientRect();
      setPicked({ start, end, quote: text.slice(start, end), x: Math.max(8, Math.min(box.left, window.innerWidth - 340)), y: Math.min(box.bottom + 6, window.innerHeight - 260) });
      setKind(null);
      setSaved(null);
    };
    el.addEventListener('mouseup', onUp);
    return () => el.removeEventListener('mouseup', onUp);
  }, [root, text]);

  if (!picked) return saved ? <p className="selection-saved" role="status">{saved}</p> : null;
  const close = () => { setPicked(null); setKind(null); };
  const add = async (values: Record<string, unknown>) => {
    await sendJson('POST', '/reviews/added', { kind, documentId, start: picked.start, end: picked.end, values, reviewer: reviewerName() });
    setSaved(`Added ${kind === 'quantity' ? 'a figure' : kind === 'event' ? 'an event' : 'an entity'} on “${picked.quote}”.`);
    close();
  };
  const initial: Record<Kind, Record<string, string>> = {
    quantity: { value: firstNumber(picked.quote), subject: picked.quote.replace(/^[^A-Za-z]*/, '') },
    mention: { name: picked.quote },
    event: { title: picked.quote },
  };
  return (
    <div className="selection-menu" role="dialog" aria-label="add a fact on the selected text" style={{ left: picked.x, top: picked.y }}
      onMouseUp={(e) => e.stopPropagation()}>
      <p className="muted">“{picked.quote.length > 60 ? `${picked.quote.slice(0, 59)}…` : picked.quote}”</p>
      {!kind ? (
        <div className="selection-actions">
          <button type="button" onClick={() => setKind('mention')}>Add entity</button>
          <button type="button" onClick={() => setKind('quantity')}>Add figure</button>
          <button type="button" onClick={() => setKind('event')}>Add event</button>
          <button type="button" className="linklike" onClick={close}>Close</button>
        </div>
      ) : (
        <FactForm kind={kind} initial={initial[kind]} submitLabel="Add" onSubmit={add} onCancel={close} />
      )}
    </div>
  );
}
