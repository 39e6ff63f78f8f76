import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { preload } from 'upload-doctor';

import App from './App.jsx';
import './style.css';

// Optional: start fetching the wasm now, so the first diagnosis is instant.
preload();

createRoot(document.getElementById('root')).render(<StrictMode><App /></StrictMode>);
