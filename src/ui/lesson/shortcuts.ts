// The lesson pane's keyboard shortcuts. All use Alt with a key the terminal's bash does not need
// (readline binds Alt+B/F/D/L/U/C/., not these), and are matched on the physical key (`code`) so that
// macOS's Option characters (Alt+H gives « ˙ ») do not get in the way.

export type ShortcutAction =
  'next-step' | 'previous-step' | 'verify' | 'hint' | 'solution' | 'lessons' | 'help';

export interface Shortcut {
  action: ShortcutAction;
  code: string;
  /** The keys as shown to the student. */
  keys: string[];
  /** What it does, in French. */
  description: string;
}

/** The `aria-keyshortcuts` value of an action (e.g. « Alt+ArrowRight »). */
export function ariaKeys(action: ShortcutAction): string {
  const s = SHORTCUTS.find((x) => x.action === action);
  return s ? `Alt+${s.code.replace(/^Key/, '')}` : '';
}

export const SHORTCUTS: readonly Shortcut[] = [
  { action: 'next-step', code: 'ArrowRight', keys: ['Alt', '→'], description: 'Étape suivante' },
  { action: 'previous-step', code: 'ArrowLeft', keys: ['Alt', '←'], description: 'Étape précédente' },
  { action: 'verify', code: 'KeyV', keys: ['Alt', 'V'], description: 'Vérifier l’étape en cours' },
  {
    action: 'hint',
    code: 'KeyH',
    keys: ['Alt', 'H'],
    description: 'Afficher un indice pour l’étape affichée',
  },
  {
    action: 'solution',
    code: 'KeyS',
    keys: ['Alt', 'S'],
    description: 'Voir la solution de l’étape affichée',
  },
  {
    action: 'lessons',
    code: 'KeyJ',
    keys: ['Alt', 'J'],
    description: 'Afficher ou masquer la liste des leçons',
  },
  { action: 'help', code: 'KeyK', keys: ['Alt', 'K'], description: 'Afficher cette aide des raccourcis' },
];

export interface KeyLike {
  code: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  shiftKey: boolean;
}

/** The action of a key press, or null when it is not one of the shortcuts (Alt alone, nothing else). */
export function shortcutAction(e: KeyLike): ShortcutAction | null {
  if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return null;
  return SHORTCUTS.find((s) => s.code === e.code)?.action ?? null;
}
