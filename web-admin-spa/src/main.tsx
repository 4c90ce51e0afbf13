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
