// Files a Flutter project's launchers compile into the app with `--dart-define-from-file`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dartDefineFiles } from '../../src/sources/dart-define-files.js';
import { useTempTree } from '../helpers/cli.js';

const { write } = useTempTree('keylint-define-files-');

describe('dart define files', () => {
  const pubspec = 'name: clinic\n';
  write('app/pubspec.yaml', pubspec);
  write('app/Makefile', 'run:\n\tflutter run --dart-define-from-file=env/dev.json\n');
  write(
    'app/.vscode/launch.json',
    `{"configurations": [{"args": ["--dart-define-from-file", "$\{workspaceFolder}/config/staging.json"]}]}\n`,
  );
  write(
    'app/.github/workflows/build.yml',
    'steps:\n  - run: flutter build apk --dart-define-from-file ./env/prod.env\n',
  );
  write('plain/pubspec.yaml', pubspec);
  write('plain/Makefile', 'run:\n\tflutter run --dart-define=FLAVOR=dev\n');

  it('names the files that scripts, launch configs and workflows compile in, relative to the project root', () => {
    const files = dartDefineFiles();
    const root = path.dirname(write('app/env/dev.json', '{}'));
    expect(files.of(path.join(root, 'dev.json')).sort()).toEqual(
      [
        path.join(root, 'dev.json'),
        path.join(root, '..', 'config', 'staging.json'),
        path.join(root, 'prod.env'),
      ].sort(),
    );
  });

  it('names none for a project whose launchers define no file, or a file outside a Flutter project', () => {
    const files = dartDefineFiles();
    expect(files.of(write('plain/env/dev.json', '{}'))).toEqual([]);
    expect(files.of(write('elsewhere/env/dev.json', '{}'))).toEqual([]);
  });
});
