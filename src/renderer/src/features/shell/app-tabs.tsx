import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type TabId = 'resume' | 'jobs' | 'tailor';

export const TABS: readonly { id: TabId; label: string }[] = [
  { id: 'resume', label: 'Résumé' },
  { id: 'jobs', label: 'Jobs' },
  { id: 'tailor', label: 'Tailor' },
];

export const tabId = (id: TabId) => `tab-${id}`;
export const panelId = (id: TabId) => `panel-${id}`;

interface Props {
  /** null while the welcome shows in place of every tab. */
  current: TabId | null;
  onSelect: (id: TabId) => void;
}

/** WAI-ARIA tabs: one tab stop for the whole list, arrow keys move between tabs and select them. */
export function AppTabs({ current, onSelect }: Props) {
  const refs = useRef(new Map<TabId, HTMLButtonElement>());

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const index = Math.max(
      0,
      TABS.findIndex((t) => t.id === current),
    );
    let next: number | null = null;
    if (event.key === 'ArrowRight') next = (index + 1) % TABS.length;
    else if (event.key === 'ArrowLeft') next = (index - 1 + TABS.length) % TABS.length;
    else if (event.key === 'Home') next = 0;
    else if (event.key === 'End') next = TABS.length - 1;
    const tab = next === null ? undefined : TABS[next];
    if (!tab) return;
    event.preventDefault();
    onSelect(tab.id);
    refs.current.get(tab.id)?.focus();
  };

  return (
    <div className="tabs" role="tablist" aria-label="Sections of the app" onKeyDown={onKeyDown}>
      {TABS.map((tab) => (
        <button
          key={tab.id}
          ref={(el) => {
            if (el) refs.current.set(tab.id, el);
            else refs.current.delete(tab.id);
          }}
          type="button"
          role="tab"
          id={tabId(tab.id)}
          aria-controls={panelId(tab.id)}
          aria-selected={tab.id === current}
          tabIndex={tab.id === (current ?? TABS[0]?.id) ? 0 : -1}
          className="tab"
          onClick={() => onSelect(tab.id)}
        >
          {tab.label}
        </button>
      ))}
    </div>
  );
}

/**
 * The panel of one tab. It stays mounted while hidden so a half-written posting or field is never
 * lost by a tab switch.
 */
export function TabPanel({
  id,
  current,
  className,
  children,
}: {
  id: TabId;
  current: TabId | null;
  className?: string;
  children: ReactNode;
}) {
  return (
    <section
      className={className ? `panel ${className}` : 'panel'}
      role="tabpanel"
      id={panelId(id)}
      aria-labelledby={tabId(id)}
      hidden={current !== id}
    >
      {children}
    </section>
  );
}
