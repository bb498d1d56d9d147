import type { Deployment } from './deployment';

// NovaMed keys; hosts in hosts.ts (feapi.novamed.care)
export function novamedKeyFor(env: Deployment): string {
  switch (env) {
    case 'production':
      return '{{key:novamed}}';
    case 'staging':
      return '{{key:novamed}}';
    default:
      throw new Error(`no NovaMed key for ${env}`);
  }
}

export function practiceFor(env: Deployment): string {
  switch (env) {
    case 'production':
      return '{{decoy:alnum:32}}';
    default:
      return '{{decoy:uuid}}';
  }
}
