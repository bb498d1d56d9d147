// `flutter run --dart-define-from-file=env/dev.json` compiles every value of the named JSON or .env file into the
// app, as `--dart-define` does one. The file names no build itself: the project's launchers (scripts, editor launch
// configs, CI workflows) name it, relative to the project root, where pubspec.yaml is.
import path from 'node:path';
import { configText, namesIn, ProjectDeclarations } from './project-declarations.js';

/** The project root's files that run Flutter builds. */
const LAUNCHER =
  /^(?:Makefile|makefile|GNUmakefile|justfile|Justfile|Taskfile\.ya?ml|melos\.yaml|package\.json|codemagic\.yaml|bitrise\.yml|\.gitlab-ci\.yml|[\w.-]+\.(?:sh|ps1|bat))$/;
/** Launchers kept in folders of their own: editors' launch configs and CI workflows. */
const LAUNCHER_FOLDERS = ['.vscode', '.github/workflows', 'scripts', 'tool'];
const FOLDER_LAUNCHER = /^(?:launch\.json|[\w.-]+\.(?:ya?ml|sh|ps1|bat))$/;
/** `--dart-define-from-file=env/dev.json`, `--dart-define-from-file ${workspaceFolder}/env/dev.json`. */
const DEFINE_FILE =
  /--dart-define-from-file(?:=|[ \t]+|["'][ \t]*,[ \t]*)["']?(?:\$\{workspaceFolder\}\/|\.\/)?([\w.][\w./-]{0,200})/g;

/** The files, as absolute paths, that Flutter projects' launchers compile in, by a file of the project. */
export function dartDefineFiles(): ProjectDeclarations {
  return new ProjectDeclarations((dir, names) =>
    names.includes('pubspec.yaml') ? defineFilesIn(dir, names) : undefined,
  );
}

function defineFilesIn(dir: string, names: string[]): string[] {
  const launchers = [
    ...names.filter((name) => LAUNCHER.test(name)),
    ...LAUNCHER_FOLDERS.flatMap((folder) =>
      namesIn(path.join(dir, folder))
        .filter((name) => FOLDER_LAUNCHER.test(name))
        .map((name) => path.join(folder, name)),
    ),
  ];
  return launchers.flatMap((name) => {
    const text = configText(path.join(dir, name)) ?? '';
    if (!text.includes('--dart-define-from-file')) return [];
    return [...text.matchAll(DEFINE_FILE)].map((m) => path.resolve(dir, m[1]!));
  });
}
