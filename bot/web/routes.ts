// PLACEHOLDER owned by the web page helper: serves the web chat page at / and the Web Chat bundle.
import type { Server } from 'restify';
import type { AppConfig } from '../config';

export function registerWebRoutes(_server: Server, _config: AppConfig): void {}
