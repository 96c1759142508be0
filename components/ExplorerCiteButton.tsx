import { useEffect, useRef, useState } from 'preact/hooks';
import type { Citation } from '@/lib/explorer/citation';
import { t } from '@/lib/i18n';

type CopyStatus = { format: 'text' | 'markdown'; ok: boolean } | null;

async function copy(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * "Cite": copies the claim as plain text at once and shows both forms, so the citation can still be
 * selected by hand where the browser refuses the clipboard.
 */
export function ExplorerCiteButton({ claimId, cite, label }: { claimId: string; cite: () => Citation; label: string }) {
  const [citation, setCitation] = useState<Citation | null>(null);
  const [status, setStatus] = useState<CopyStatus>(null);
  const button = useRef<HTMLButtonElement>(null);
  const panel = useRef<HTMLDivElement>(null);
  const panelId = `cite-${claimId}`;

  const run = async (format: 'text' | 'markdown', value: Citation) => {
    const ok = await copy(format === 'text' ? value.text : value.markdown);
    setStatus({ format, ok });
  };

  const toggle = () => {
    if (citation) {
      setCitation(null);
      setStatus(null);
      return;
    }
    const value = cite();
    setCitation(value);
    void run('text', value);
  };

  useEffect(() => {
    if (citation) panel.current?.focus();
  }, [citation]);

  const close = () => {
    setCitation(null);
    setStatus(null);
    button.current?.focus();
  };

  return (
    <div class="cite">
      <button
        type="button"
        ref={button}
        class="cite-button"
        aria-label={label}
        aria-expanded={citation ? 'true' : 'false'}
        aria-controls={panelId}
        onClick={toggle}
      >
        {t('citeButton')}
      </button>
      {citation && (
        <div
          class="cite-panel"
          id={panelId}
          ref={panel}
          tabIndex={-1}
          role="group"
          aria-label={t('citeLabel')}
          onKeyDown={(e) => {
            if (e.key === 'Escape') {
              e.stopPropagation();
              close();
            }
          }}
        >
          <div class="cite-format">
            <span class="cite-label">{t('citePlainText')}</span>
            <output data-testid="citation-output" data-format="text" class="cite-output">
              {citation.text}
            </output>
            <button type="button" onClick={() => void run('text', citation)}>
              {t('citeCopyText')}
            </button>
          </div>
          <div class="cite-format">
            <span class="cite-label">{t('citeMarkdown')}</span>
            <output data-testid="citation-markdown" data-format="markdown" class="cite-output">
              {citation.markdown}
            </output>
            <button type="button" onClick={() => void run('markdown', citation)}>
              {t('citeCopyMarkdown')}
            </button>
          </div>
          <p class="cite-status" role="status" data-testid="citation-status">
            {status === null ? '' : status.ok ? t(status.format === 'text' ? 'citeCopiedText' : 'citeCopiedMarkdown') : t('citeCopyFailed')}
          </p>
          <button type="button" class="cite-close" onClick={close}>
            {t('close')}
          </button>
        </div>
      )}
    </div>
  );
}
