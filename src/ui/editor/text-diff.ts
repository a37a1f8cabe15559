// The smallest single replacement that turns one text into another (common prefix and
// suffix kept), so that the editor keeps the cursor and scroll when the store changes its text.

export interface TextChange {
  readonly from: number;
  readonly to: number;
  readonly insert: string;
}

export function textChange(before: string, after: string): TextChange | null {
  if (before === after) return null;
  const max = Math.min(before.length, after.length);
  let start = 0;
  while (start < max && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let end = 0;
  while (
    end < max - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  )
    end++;
  return { from: start, to: before.length - end, insert: after.slice(start, after.length - end) };
}
