// xterm.js colour themes matching the page's light and dark palettes (contrast ≥ 4.5:1 for the text
// colours programs use most: foreground, red, green, blue on the background).
import type { ITheme } from '@xterm/xterm';

export const LIGHT_TERMINAL: ITheme = {
  background: '#fbfcfe',
  foreground: '#1c2430',
  cursor: '#0b5cad',
  cursorAccent: '#fbfcfe',
  selectionBackground: '#b9d4f5',
  black: '#1c2430',
  red: '#b3261e',
  green: '#1d6b2f',
  yellow: '#7a5a00',
  blue: '#0b5cad',
  magenta: '#8a3ea8',
  cyan: '#0b6a75',
  white: '#5b6573',
  brightBlack: '#4a5462',
  brightRed: '#c4321f',
  brightGreen: '#227a36',
  brightYellow: '#8a6700',
  brightBlue: '#1763c0',
  brightMagenta: '#9a49b9',
  brightCyan: '#0d7885',
  brightWhite: '#2d3643',
};

export const DARK_TERMINAL: ITheme = {
  background: '#0f1722',
  foreground: '#dfe6ee',
  cursor: '#7cc0ff',
  cursorAccent: '#0f1722',
  selectionBackground: '#2c4a6e',
  black: '#2a3441',
  red: '#ff8a80',
  green: '#7ee08f',
  yellow: '#f3d26b',
  blue: '#7cc0ff',
  magenta: '#e0a3ff',
  cyan: '#6fdde8',
  white: '#dfe6ee',
  brightBlack: '#8593a3',
  brightRed: '#ffada6',
  brightGreen: '#a4f0b0',
  brightYellow: '#ffe49a',
  brightBlue: '#a8d5ff',
  brightMagenta: '#ecc2ff',
  brightCyan: '#9aeaf1',
  brightWhite: '#ffffff',
};

export function terminalTheme(dark: boolean): ITheme {
  return dark ? DARK_TERMINAL : LIGHT_TERMINAL;
}
