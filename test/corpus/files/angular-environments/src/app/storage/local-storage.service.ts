import { Injectable } from '@angular/core';

// Not a config: "local" here is the browser's localStorage.
const MAXAI_DEMO_KEY = '{{key:maxai-prd}}';

@Injectable({ providedIn: 'root' })
export class LocalStorageService {
  get(key: string): string | null {
    return localStorage.getItem(key);
  }
  demoKey(): string {
    return MAXAI_DEMO_KEY;
  }
}
