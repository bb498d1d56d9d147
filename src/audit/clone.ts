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
 * The API's `clone_url` is taken only when it is a web URL on the API's host (or its web host): the reply is not the
 * user's choice, and a `file://` URL or a local path there would have the audit clone and report the machine's own
 * repositories. The token goes along only to the API's host (or its web host): a clone URL elsewhere gets no
 * credentials.
 */
export function cloneTarget(
  repo: RepoRef,
  options: { gitUrlBase?: string; apiUrl: string; token?: string },
): { url: string; token?: string } {
  const given = repo.cloneUrl !== undefined && isWebUrlOf(repo.cloneUrl, options.apiUrl) ? repo.cloneUrl : undefined;
  const url = options.gitUrlBase
    ? cloneUrl(options.gitUrlBase, repo)
    : (given ?? cloneUrl(webBaseOf(options.apiUrl), repo));
  return { url, token: sameHost(url, options.apiUrl) ? options.token : undefined };
}

/** Whether `url` is an http(s) URL, of the API's own scheme, on the API's host or its web host. */
function isWebUrlOf(url: string, apiUrl: string): boolean {
  try {
    const { protocol } = new URL(url);
    return (
      (protocol === 'https:' || protocol === 'http:') && protocol === new URL(apiUrl).protocol && sameHost(url, apiUrl)
    );
  } catch {
    return false;
  }
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
 * Merged over an environment, unsets the credentials keylint reads: no child process (git, a per-repository
 * scan of untrusted content) needs them. Node leaves variables whose value is undefined out of a child's environment.
 */
export const NO_TOKENS: NodeJS.ProcessEnv = Object.fromEntries(
  ['KEYLINT_GITHUB_TOKEN', 'GITHUB_TOKEN', 'GH_TOKEN', 'GH_ENTERPRISE_TOKEN', 'GITHUB_ENTERPRISE_TOKEN'].map((name) => [
    name,
    undefined,
  ]),
);

/**
 * Git's environment for cloning `url`. Only the URL's own transport is allowed: https, or file for a local base
 * the user named (git would otherwise follow a server or a submodule to ssh, http or ext). Redirects are not
 * followed, so the token never travels to another host. The token goes in an `http.extraheader` set through
 * GIT_CONFIG_COUNT/KEY/VALUE, which git reads like `-c` but which, unlike `-c`, does not show in the process list;
 * the token variables of keylint's own environment are not passed on.
 */
export function cloneEnv(url: string, token: string | undefined): NodeJS.ProcessEnv {
  const config: Array<[string, string]> = [['http.followRedirects', 'false']];
  if (token)
    config.push([
      'http.extraheader',
      `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`,
    ]);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...NO_TOKENS,
    GIT_TERMINAL_PROMPT: '0',
    GIT_ALLOW_PROTOCOL: transportOf(url),
  };
  env.GIT_CONFIG_COUNT = String(config.length);
  config.forEach(([key, value], i) => {
    env[`GIT_CONFIG_KEY_${i}`] = key;
    env[`GIT_CONFIG_VALUE_${i}`] = value;
  });
  return env;
}

/**
 * git's name of the transport `url` needs: file for file:// URLs and local paths, https for anything else. Plain
 * http only for a loopback host with KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS=1 (test servers, as for validation).
 */
function transportOf(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return 'file';
  }
  if (parsed.protocol === 'file:') return 'file';
  const loopback = ['127.0.0.1', '[::1]', 'localhost'].includes(parsed.hostname);
  if (parsed.protocol === 'http:' && loopback && process.env.KEYLINT_ALLOW_INSECURE_TEST_ENDPOINTS === '1')
    return 'http';
  return 'https';
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
    const env = cloneEnv(url, options.token);
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
