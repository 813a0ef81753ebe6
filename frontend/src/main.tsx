import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n';
import './app/global.css';
import { App } from './app/App';

// The page's texts come as a chunk of their own (only the language shown). Importing App has
// already started the campaign page's queries, so they travel while the texts download.
void i18nReady.then(() =>
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  ),
);
