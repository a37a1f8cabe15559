import { describe, expect, it } from 'vitest';
import { loadText } from './load.ts';
import { renameMap } from './rename-map.ts';
import { TWO_STATION_MAP } from './test-maps.ts';

const copy = (title: string) => `${title} (copy)`;

describe('renameMap', () => {
  it('gives the map a new id and title, touching nothing else', () => {
    const text = `# my notes\n${TWO_STATION_MAP}# the end\n`;
    const renamed = renameMap(text, 'small', 'small-copy', copy);
    expect(renamed).toBe(
      text.replace('id: small', 'id: small-copy').replace('title: Small', 'title: "Small (copy)"'),
    );
    const result = loadText(renamed);
    expect(result.ok).toBe(true);
    expect(result.maps[0]).toMatchObject({ id: 'small-copy', title: 'Small (copy)' });
  });

  it('points the text’s own solutions at the new id, not those of other maps', () => {
    const text = `${TWO_STATION_MAP}---\nkind: solution\nid: t\nname: T\nmap: small\ncovers: [a]\n---\nkind: solution\nid: u\nname: U\nmap: other\ncovers: [a]\n`;
    const renamed = renameMap(text, 'small', 'small-copy', copy);
    expect(renamed).toContain('map: small-copy\ncovers: [a]\n---');
    expect(renamed).toContain('map: other');
    const result = loadText(renamed);
    expect(result.solutions.map((s) => `${s.map}/${s.id}`)).toEqual(['small-copy/t']);
  });

  it('quotes a title that would not read as plain YAML', () => {
    const text = TWO_STATION_MAP.replace('title: Small', "title: 'Ops: #1'");
    const result = loadText(renameMap(text, 'small', 'b', copy));
    expect(result.maps[0]?.title).toBe('Ops: #1 (copy)');
  });

  it('renames the id line of a text with YAML errors (the rest stays as typed)', () => {
    const text = `${TWO_STATION_MAP}  - {id: c, label: [\n`;
    const renamed = renameMap(text, 'small', 'small-copy', copy);
    expect(renamed).toBe(text.replace('id: small\n', 'id: small-copy\n'));
  });
});
