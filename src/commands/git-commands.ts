// The git commands, registered together: history audit, pre-commit, pull-request diff, hook install.
import { diffCommand } from './diff.js';
import { gitCommand } from './git.js';
import { installHookCommand } from './install-hook.js';
import { stagedCommand } from './staged.js';

/** Every git command, for one `.command()` call in the CLI. */
export const gitCommands = [gitCommand, stagedCommand, diffCommand, installHookCommand];
