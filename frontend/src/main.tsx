import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { StartupError } from './app/startup-error';
import { configureApiClient } from './lib/api/client';
import { accessTokenFrom, createUserManager } from './lib/auth';
import { ConfigError, loadConfig } from './lib/config';
import { configureMapTiles } from './lib/map-tiles';
import './styles/index.css';

async function start(container: HTMLElement) {
  const root = createRoot(container);
  let config;
  try {
    config = await loadConfig();
  } catch (error) {
    const message = error instanceof ConfigError ? error.message : 'The app could not load its settings.';
    root.render(<StartupError message={message} />);
    return;
  }
  const userManager = createUserManager(config);
  configureApiClient({ baseUrl: config.apiBaseUrl, getAccessToken: () => accessTokenFrom(userManager) });
  configureMapTiles(config);
  root.render(
    <StrictMode>
      <App userManager={userManager} />
    </StrictMode>,
  );
}

const container = document.getElementById('root');
if (container) void start(container);
