import type { Side } from '@/lib/pack/schema';
import type { PackIndex } from '@/lib/content/card-model';
import type { TimelineModel } from '@/lib/explorer/filters';
import type { ClaimNote } from '@/lib/explorer/notes-source';
import { ExplorerEvent } from './ExplorerEvent';
import { englishOnly, t } from '@/lib/i18n';

export interface ExplorerTimelineProps {
  model: TimelineModel;
  index: PackIndex;
  notes: Map<string, ClaimNote[]>;
  sideName: (side: Side) => string;
  single: boolean;
  onFocusEvent: (eventId: string | undefined) => void;
  onDivergence: (eventId: string) => void;
}

/** Events oldest first, grouped by the pack's phases. */
export function ExplorerTimeline({ model, ...rest }: ExplorerTimelineProps) {
  if (!model.phases.length) {
    return (
      <p class="empty" data-testid="no-results">
        {t('explorerNoEvent')}
      </p>
    );
  }
  return (
    <div class="timeline" data-testid="timeline">
      {model.phases.map((phase) => (
        <section class="phase" key={phase.id} aria-labelledby={`phase-${phase.id}`}>
          <h2 id={`phase-${phase.id}`} {...englishOnly()}>
            {phase.title}
          </h2>
          {phase.events.map((item) => (
            <ExplorerEvent key={item.event.id} item={item} {...rest} />
          ))}
        </section>
      ))}
    </div>
  );
}
