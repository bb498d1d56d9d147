import { app } from 'electron';

const MAXAI_API_KEY = '{{key:maxai-prd}}';
app.whenReady().then(() => createWindow(MAXAI_API_KEY));
