// The embed view (embed.html): the map, its key and the overlay, read-only, for an iframe.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './ui/embed-app.tsx';
import './ui/app.css';
import './ui/embed.css';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <EmbedApp />
    </StrictMode>,
  );
}
