// Clones one repository for an audit, authenticating with an http.extraheader that never enters the URL or argv.
import { spawn } from 'node:child_process';
import type { RepoRef } from './list-repos.js';

/** The clone URL: `base` may name `{owner}`, `{repo}` and `{full_name}`; otherwise `<base>/<owner>/<repo>.git`. */
export function cloneUrl(base: string, repo: RepoRef): string {
  if (!/\{(owner|repo|full_name)\}/.test(base)) return `${base.replace(/\/+$/, '')}/${repo.owner}/${repo.name}.git`;
  return base
    .replace(/\{owner\}/g, repo.owner)
    .replace(/\{repo\}/g, repo.name)
    .replace(/\{full_name\}/g, repo.fullName);
}

/** The web host that serves an API's repositories: api.github.com -> github.com; GitHub Enterprise keeps its host. */
export function webBaseOf(apiUrl: string): string {
  const url = new URL(apiUrl);
  const host = url.hostname === 'api.github.com' ? 'github.com' : url.host;
  return `${url.protocol}//${host}`;
}

/**
 * Where to clone `repo` from: `--git-url-base` when given, else the API's own `clone_url`, else the API's web host.
 * The token goes along only to the API's host (or its web host): a clone URL elsewhere gets no credentials.
 */
export function cloneTarget(
  repo: RepoRef,
  options: { gitUrlBase?: string; apiUrl: string; token?: string },
): { url: string; token?: string } {
  const fallback = (): string => repo.cloneUrl ?? cloneUrl(webBaseOf(options.apiUrl), repo);
  const url = options.gitUrlBase ? cloneUrl(options.gitUrlBase, repo) : fallback();
  return { url, token: sameHost(url, options.apiUrl) ? options.token : undefined };
}

function sameHost(url: string, apiUrl: string): boolean {
  try {
    const host = new URL(url).host;
    return host === new URL(apiUrl).host || host === new URL(webBaseOf(apiUrl)).host;
  } catch {
    return false;
  }
}

/**
 * Git's environment for an authenticated clone: the `http.extraheader` config through GIT_CONFIG_COUNT/KEY/VALUE,
 * which git reads like `-c` but which, unlike `-c`, does not show in the process list.
 */
export function cloneEnv(token: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  if (!token) return env;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    ...env,
    GIT_CONFIG_COUNT: '1',
    GIT_CONFIG_KEY_0: 'http.extraheader',
    GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
  };
}

/**
 * Clones `url` into `dir` (`--depth 1` unless the whole history is wanted); rejects with a token-free message.
 * An aborted `signal` (the per-repository timeout) kills git and its transport helper: git runs in a process
 * group of its own, because killing git alone leaves `git-remote-http` waiting on a stalled server.
 */
export function cloneRepository(
  url: string,
  dir: string,
  options: { token?: string; history: boolean; signal?: AbortSignal },
): Promise<void> {
  const args = ['clone', '--quiet', '--no-tags', ...(options.history ? [] : ['--depth', '1']), '--', url, dir];
  return new Promise((resolve, reject) => {
    if (options.signal?.aborted) return reject(options.signal.reason);
    const env = cloneEnv(options.token);
    const child = spawn('git', args, { env, stdio: ['ignore', 'ignore', 'pipe'], detached: true });
    const abort = (): void => {
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        // Already gone.
      }
      reject(options.signal!.reason);
    };
    options.signal?.addEventListener('abort', abort, { once: true });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      options.signal?.removeEventListener('abort', abort);
      if (code === 0) return resolve();
      const reason = stderr.trim().split('\n').pop() ?? `git exited with ${code}`;
      reject(new Error(`git clone failed: ${options.token ? reason.split(options.token).join('***') : reason}`));
    });
  });
}
