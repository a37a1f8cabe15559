import { useAppStore } from '../store/store.ts';
import { EditorButtons } from './editor/editor-buttons.tsx';
import { ExportMenu } from './export-menu.tsx';
import { EmbedSnippet } from './embed-snippet.tsx';
import { openFiles } from './open-files.ts';
import { PresentButton } from './presentation-mode.tsx';
import { DrawerToggle } from './side-drawer.tsx';
import {
  selectCurrentMapId,
  selectDocumentActions,
  selectMaps,
  selectViewActions,
} from '../store/selectors.ts';
import { useShallow } from 'zustand/react/shallow';

export function Toolbar() {
  const maps = useAppStore(selectMaps);
  const current = useAppStore(selectCurrentMapId);
  const { selectMap } = useAppStore(useShallow(selectDocumentActions));
  const { requestFit } = useAppStore(useShallow(selectViewActions));
  return (
    <header className="toolbar">
      <h1 className="brand">
        <span aria-hidden="true" className="brand-mark" />
        MLOps transit map
      </h1>
      <DrawerToggle />
      <label className="field">
        <span>Map</span>
        <select
          data-testid="map-picker"
          value={current}
          onChange={(e) => selectMap(e.target.value)}
        >
          {maps.map(({ map }) => (
            <option key={map.id} value={map.id}>
              {map.title}
            </option>
          ))}
        </select>
      </label>
      <label className="button" title="Open a YAML map or solution file (or drop it on the page)">
        Open…
        <input
          type="file"
          data-testid="open-file"
          accept=".yaml,.yml,.geojson,.json,text/yaml,application/yaml,application/geo+json,application/json"
          multiple
          className="visually-hidden"
          onChange={(e) => {
            const files = e.currentTarget.files;
            if (files) void openFiles(Array.from(files));
            e.currentTarget.value = '';
          }}
        />
      </label>
      <button
        type="button"
        className="button"
        data-testid="fit"
        title="Fit the map to the screen"
        onClick={requestFit}
      >
        Fit
      </button>
      <EditorButtons />
      <PresentButton />
      <ExportMenu />
      <EmbedSnippet />
    </header>
  );
}
