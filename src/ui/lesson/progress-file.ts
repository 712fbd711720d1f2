// The progress as a file: saved through a download link, read back from a chosen file.

export const PROGRESS_FILE_NAME = 'baleine-progression.json';

/** Offers `text` as a JSON file download. */
export function downloadText(text: string, name = PROGRESS_FILE_NAME): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
