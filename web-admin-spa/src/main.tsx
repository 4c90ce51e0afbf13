import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './config/env';
import { App } from './app/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
document.documentElement.lang = localStorage.getItem('gmp-admin.lang') === 'en' ? 'en' : 'ko';
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// Production only: in dev, Vite serves modules that must not be cached.
if (import.meta.env.PROD && 'serviceWorker' in navigator) {
  window.addEventListener('load', () => {
    navigator.serviceWorker.register(`${import.meta.env.BASE_URL}sw.js`, { scope: import.meta.env.BASE_URL }).catch(() => {
      // no shell cache: the app still works online, and open pages still work offline
    });
  });
}
