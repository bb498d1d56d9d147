// Clones one repository for an audit, authenticating with an http.extraheader that never enters the URL or argv.
import { spawn } from 'node:child_process';
import type { RepoRef } from './list-repos.js';

/** The clone URL: `base` may name `{owner}`, `{repo}` and `{full_name}`; otherwise `<base>/<owner>/<repo>.git`. */
export function cloneUrl(base: string, repo: RepoRef): string {
  if (!/\{(owner|repo|full_name)\}/.test(base)) return `${base.replace(/\/+$/, '')}/${repo.owner}/${repo.name}.git`;
  return base.replace(/\{owner\}/g, repo.owner).replace(/\{repo\}/g, repo.name).replace(/\{full_name\}/g, repo.fullName);
}

/**
 * Git's environment for an authenticated clone: the `http.extraheader` config through GIT_CONFIG_COUNT/KEY/VALUE,
 * which git reads like `-c` but which, unlike `-c`, does not show in the process list.
 */
export function cloneEnv(token: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  if (!token) return env;
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return { ...env, GIT_CONFIG_COUNT: '1', GIT_CONFIG_KEY_0: 'http.extraheader', GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}` };
}

/** Clones `url` into `dir` (`--depth 1` unless the whole history is wanted); rejects with a token-free message. */
export function cloneRepository(url: string, dir: string, options: { token?: string; history: boolean }): Promise<void> {
  const args = ['clone', '--quiet', '--no-tags', ...(options.history ? [] : ['--depth', '1']), '--', url, dir];
  return new Promise((resolve, reject) => {
    const child = spawn('git', args, { env: cloneEnv(options.token), stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const reason = stderr.trim().split('\n').pop() ?? `git exited with ${code}`;
      reject(new Error(`git clone failed: ${options.token ? reason.split(options.token).join('***') : reason}`));
    });
  });
}
