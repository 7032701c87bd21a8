// "Fix this in the editor": the checked file goes from the checker page to the editor in this
// tab's sessionStorage (bytes as base64, with the finding to show), never through the server
// again. The editor takes it once, on load, and imports it through its usual review.
const KEY = 'cyr.fix.v1';

/** Whether {@code finding} names a place in the resume the editor can show (not the file's make-up). */
export function pointsAtField(finding) {
  if ('expected' in finding) return true;
  if (finding.category === 'PARSING' || ['file.pages', 'length.long', 'length.short'].includes(finding.id)) return false;
  return /^(contact|summary|sections\.missing|match\.missing|dates|headings)\b/.test(finding.id) || finding.examples.length > 0;
}

function base64(file) {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).replace(/^data:[^,]*,/, ''));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/**
 * Keeps {@code file} and the finding (or null for "Open in the editor") for the editor; false if
 * the browser refuses to keep it (storage full or off).
 */
export async function handOver(file, finding) {
  const item = finding ? { id: finding.id, examples: finding.examples || [], field: finding.field, expected: finding.expected } : null;
  if (item && !('expected' in finding)) { delete item.field; delete item.expected; }
  try {
    sessionStorage.setItem(KEY, JSON.stringify({
      name: file.name, type: file.type || 'application/octet-stream', data: await base64(file), finding: item,
    }));
    return true;
  } catch (e) {
    return false;
  }
}

/** The file and finding handed over, once (it is removed as it is read); null if none. */
export function takeOver() {
  let raw = null;
  try {
    raw = sessionStorage.getItem(KEY);
    sessionStorage.removeItem(KEY);
  } catch (e) {
    return null;
  }
  if (!raw) return null;
  try {
    const kept = JSON.parse(raw);
    const bytes = Uint8Array.from(atob(kept.data), (c) => c.charCodeAt(0));
    return { file: new File([bytes], kept.name, { type: kept.type }), finding: kept.finding };
  } catch (e) {
    return null;
  }
}
