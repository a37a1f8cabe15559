import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { initialiseStore } from './store/store.ts';
import { App } from './ui/app.tsx';
import { ErrorBoundary } from './ui/error-boundary.tsx';
import './ui/app.css';

await initialiseStore();
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <ErrorBoundary>
        <App />
      </ErrorBoundary>
    </StrictMode>,
  );
}
