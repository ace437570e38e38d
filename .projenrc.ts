import { JsonFile, javascript, typescript } from 'projen';

// The whole project is described here; `npx projen` regenerates package.json, tsconfig.json and
// the task definitions from it. Edit this file, never the generated ones.
const project = new typescript.TypeScriptProject({
  name: 'mojohelpdesk-iac',
  description:
    'Mojo Helpdesk configuration as code: a Terraform provider, cdktf constructs, ' +
    'an API client and a local API emulator.',
  license: 'Apache-2.0',
  copyrightOwner: 'mojohelpdesk-iac contributors',
  defaultReleaseBranch: 'main',
  packageManager: javascript.NodePackageManager.NPM,
  minNodeVersion: '20.18.1',
  projenrcTs: true,
  typescriptVersion: '~5.9.3',
  github: false,
  release: false,
  buildWorkflow: false,
  depsUpgrade: false,
  sampleCode: false,
  package: false,
  srcdir: 'src',
  libdir: 'lib',
  testdir: 'test',
  bin: { mojohelpdesk: 'lib/cli/main.js' },

  repository: 'https://github.com/mojohelpdesk-iac/mojohelpdesk-iac.git',
  authorName: 'mojohelpdesk-iac contributors',
  authorOrganization: true,
  // jsii accepts only jsii modules as plain dependencies; everything else the package needs at
  // run time is bundled into its tarball.
  bundledDeps: [
    'undici@^7.16.0',
    '@grpc/grpc-js@^1.14.0',
    '@msgpack/msgpack@^3.1.0',
    'protobufjs@^7.5.0',
    'better-sqlite3@^12.4.0',
    'commander@^14.0.0',
    'yaml@^2.8.0',
  ],
  // The cdktf bindings and constructs build on cdktf and constructs; an app brings its own copies.
  peerDeps: ['cdktf@0.21.0', 'constructs@^10.4.2'],
  devDeps: [
    '@types/better-sqlite3@^7.6.0',
    'esbuild@^0.25.0',
    'fast-check@^4.0.0',
    'cdktf-cli@0.21.0',
    '@cdktf/provider-generator@0.21.0',
    'jsii@~5.9.50',
    'jsii-pacmak@^1.135.0',
    'jsii-docgen@^10.12.0',
    'jsii-rosetta@~5.9.0',
  ],

  prettier: true,
  prettierOptions: {
    settings: { printWidth: 100, singleQuote: true, trailingComma: javascript.TrailingComma.ALL },
  },
  eslint: true,
  eslintOptions: {
    dirs: ['src', 'test'],
    prettier: true,
    commandOptions: { fix: false, extraArgs: ['--max-warnings', '0'] },
  },
  tsconfig: {
    compilerOptions: {
      lib: ['es2022'],
      target: 'ES2022',
      module: 'commonjs',
      esModuleInterop: true,
      skipLibCheck: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
    },
  },
  jestOptions: {
    jestConfig: {
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testTimeout: 120_000,
      maxWorkers: 2,
    },
  },
  tsJestOptions: {
    transformOptions: { isolatedModules: true },
  },
  gitignore: [
    '/.emulator-data/',
    'cdktf.out/',
    'terraform.*.tfstate*',
    '*.tsbuildinfo',
    '/bench-results/',
  ],
});

project.addTask('format', {
  description: 'Rewrite sources to the project style (prettier through eslint)',
  exec: 'eslint --ext .ts --fix src test .projenrc.ts',
  env: { ESLINT_USE_FLAT_CONFIG: 'false', NODE_NO_WARNINGS: '1' },
});

// Everything starts from the TypeScript sources through ts-node; the bundled provider and the
// compiled library are produced by `npm run build`.
const tsNode = 'ts-node --transpile-only';
// npm 11 runs dependency install scripts only when approved: better-sqlite3 and esbuild build or
// fetch native parts we use; the others (optional accelerators, and the terminal emulator of the
// cdktf CLI, which ships prebuilt binaries) we do without.
project.package.addField('allowScripts', {
  'better-sqlite3': true,
  esbuild: true,
  '@parcel/watcher': false,
  protobufjs: false,
  '@cdktf/node-pty-prebuilt-multiarch': false,
});

// The public API (src/index.ts: bindings and constructs) is compiled by jsii, which also writes
// the .jsii assembly that jsii-pacmak turns into other languages' packages. It reads its own
// tsconfig, limited to what src/index.ts reaches; the rest of src is compiled by tsc as before.
new JsonFile(project, 'tsconfig.jsii.json', {
  obj: {
    compilerOptions: {
      rootDir: 'src',
      outDir: 'lib',
      declaration: true,
      alwaysStrict: true,
      strict: true,
      esModuleInterop: true,
      experimentalDecorators: true,
      inlineSourceMap: true,
      inlineSources: true,
      lib: ['es2022'],
      module: 'commonjs',
      target: 'ES2022',
      noImplicitReturns: true,
      noUnusedLocals: true,
      noUnusedParameters: true,
      resolveJsonModule: true,
      skipLibCheck: true,
      stripInternal: true,
      types: ['node'],
    },
    include: ['src/index.ts'],
    exclude: ['node_modules'],
  },
});
project.package.addField('types', 'lib/index.d.ts');
project.package.addField('jsii', {
  outdir: 'dist',
  tsconfig: 'tsconfig.jsii.json',
  validateTsconfig: 'minimal',
  targets: {
    python: { distName: 'mojohelpdesk-iac', module: 'mojohelpdesk_iac' },
  },
});
const jsiiEnv = { JSII_SILENCE_WARNING_DEPRECATED_NODE_VERSION: '1' };
const jsii = project.addTask('jsii', {
  description: 'Compile the public API with jsii (writes .jsii and lib/)',
  exec: 'jsii --silence-warnings=reserved-word',
  env: jsiiEnv,
});
project.compileTask.spawn(jsii);
// jsii-pacmak's own wheel build pins Python build tools to versions only PyPI has, so it writes
// the sources and the wheel is built from them with whatever setuptools the Python index offers
// (a private venv under dist/, no build isolation).
project.addTask('package:python', {
  description: 'Build the Python package (wheel) of the public API into dist/wheels',
  steps: [
    { spawn: 'jsii' },
    { exec: 'jsii-pacmak --targets python --code-only' },
    { exec: 'python3 -m venv dist/.python-build' },
    {
      exec:
        'dist/.python-build/bin/pip install --quiet --disable-pip-version-check --retries 0 ' +
        'setuptools wheel',
    },
    {
      exec:
        'dist/.python-build/bin/pip wheel --quiet --no-build-isolation --no-deps ' +
        '-w dist/wheels dist/python',
    },
  ],
  env: jsiiEnv,
});
project.gitignore.exclude('/.jsii', 'tsconfig.jsii.json.tsbuildinfo', '/dist/');
// The package ships its jsii assembly; listing it here keeps jsii from appending to .npmignore.
project.npmignore?.addPatterns('!.jsii', '!.jsii.gz');

// Tests run lint (formatting included, through the prettier plugin), the type checker and jsii
// (the public API must stay jsii-compatible) before jest, so a slip fails fast and CI never
// rewrites files.
project.testTask.reset();
project.testTask.spawn(project.eslint!.eslintTask);
project.testTask.exec('tsc --noEmit -p tsconfig.json');
project.testTask.exec('tsc --noEmit -p test/tsconfig.json');
project.testTask.spawn(jsii);
project.testTask.exec('jest --passWithNoTests --ci', { receiveArgs: true });

project.addTask('emulator', {
  description: 'Start the local Mojo Helpdesk API v2 emulator',
  exec: `${tsNode} src/cli/main.ts emulator`,
  receiveArgs: true,
});
// The provider ships as a small executable, one bundle holding all its code and the V8 code cache
// of that bundle: Terraform starts it several times per command, so it must load fast, and it
// needs nothing from node_modules.
const bundle = project.addTask('bundle', {
  description: 'Build the Terraform provider executable, its bundle and code cache into lib/',
  exec: `${tsNode} projenrc/bundle.ts`,
});
project.postCompileTask.spawn(bundle);

// The cdktf bindings are generated from the provider's own schema, read through real Terraform;
// they are committed and never edited by hand (test/cdktf checks they are fresh).
project.addTask('bindings', {
  description: 'Regenerate the cdktf bindings in src/bindings from the provider schema',
  steps: [{ spawn: 'bundle' }, { exec: `${tsNode} projenrc/bindings.ts` }],
  env: { CHECKPOINT_DISABLE: '1', TF_CLI_CONFIG_FILE: '/dev/null' },
});
project.eslint!.addIgnorePattern('src/bindings/');
project.prettier!.addIgnorePattern('src/bindings/');

// The registry-style pages come from the provider's schema and examples/docs; the API reference
// of the jsii package comes from its doc comments. Both are committed and checked by test/docs.
project.addTask('docs', {
  description: 'Regenerate docs/ (provider pages and the jsii API reference)',
  steps: [
    { spawn: 'jsii' },
    { exec: 'jsii-docgen -l typescript -l python --split-by-submodule -o docs/api/API' },
    { exec: `${tsNode} src/docs/generate.ts` },
  ],
});

project.addTask('start', {
  description: 'Build the provider, then apply the example helpdesk to the local emulator',
  steps: [{ spawn: 'bundle' }, { exec: `${tsNode} src/cli/main.ts demo`, receiveArgs: true }],
});

project.addTask('bench', {
  description: 'Run the benchmarks and print their figures',
  exec: `${tsNode} test/bench/run.ts`,
  receiveArgs: true,
});

project.synth();
