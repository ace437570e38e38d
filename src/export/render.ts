/**
 * The files of a generated cdktf app: the description as YAML, the details as TypeScript, the
 * import ids, the app itself, its project files and a README that says what the export did and
 * where secrets go.
 */
import { randomUUID } from 'node:crypto';
import { Document, isScalar, parse, visit } from 'yaml';
import { DETAIL_SECTIONS, HELPDESK_CONSTRUCT_ID, literal } from './adoption';
import type { AdoptionPlan, DetailResource, DetailStatement } from './adoption';
import type { HelpdeskDescription } from '../constructs/description';

/** The package generated apps import the constructs and bindings from. */
export const DEFAULT_PACKAGE = 'mojohelpdesk-iac';

/** The stack name of a generated app. */
export const STACK_NAME = 'helpdesk';

/** Environment variable the generated app reads to pace the provider. */
export const REQUESTS_PER_SECOND_ENV = 'MOJO_HELPDESK_REQUESTS_PER_SECOND';

/** What the generated files mention besides the plan itself. */
export interface RenderOptions {
  /** The module specifier the app imports `Helpdesk` and the bindings from. */
  readonly packageName: string;
  /** The version of this package, for the app's package.json. */
  readonly packageVersion: string;
  /** The service the export read, named in the README. */
  readonly url: string;
  /** When the export read the service. */
  readonly exportedAt: Date;
}

/** File names of a generated app. */
export const APP_FILES = {
  description: 'helpdesk.yaml',
  details: 'details.ts',
  imports: 'imports.json',
  main: 'main.ts',
} as const;

/** Whether a plain scalar would read back as something other than this string. */
function readsDifferently(text: string): boolean {
  for (const version of ['1.1', '1.2'] as const) {
    try {
      if (parse(text, { version }) !== text) {
        return true;
      }
    } catch {
      return true;
    }
  }
  return false;
}

/**
 * The description as YAML that reads back equal under YAML 1.2 (how the construct reads it) and
 * that YAML 1.1 tools do not misread either: strings such as `yes`, `null`, `12:30` or `0o12`
 * are quoted.
 */
export function renderDescriptionYaml(description: HelpdeskDescription, header: string): string {
  const document = new Document(description, { version: '1.2' });
  visit(document, {
    Scalar(_key, node) {
      if (isScalar(node) && typeof node.value === 'string' && readsDifferently(node.value)) {
        node.type = 'QUOTE_DOUBLE';
      }
    },
  });
  document.commentBefore = header;
  return document.toString({ lineWidth: 0 });
}

function renderResource(resource: DetailResource): string {
  const props = [
    '    provider,',
    ...resource.props.map(([name, value]) => `    ${name}: ${value},`),
  ].join('\n');
  const type = `${resource.namespace}.${resource.className}`;
  return (
    `  const ${resource.variable} = new ${type}(scope, ${literal(resource.constructId)}, {\n` +
    `${props}\n  });`
  );
}

function renderStatement(statement: DetailStatement): string {
  if (statement.kind === 'setting') {
    return `  ${statement.target}.${statement.property} = ${statement.value};`;
  }
  return renderResource(statement);
}

/** details.ts: what the description cannot say, made with the bindings. */
export function renderDetails(plan: AdoptionPlan, packageName: string): string {
  const namespaces = new Set<string>();
  for (const statement of plan.details) {
    if (statement.kind !== 'setting') {
      namespaces.add(statement.namespace);
    }
  }
  const uses = (text: string) =>
    plan.details.some((statement) => renderStatement(statement).includes(text));
  const imports = ['Helpdesk', 'provider as mojohelpdesk', ...[...namespaces].sort()];

  const body: string[] = [];
  for (const section of DETAIL_SECTIONS) {
    const statements = plan.details.filter((statement) => statement.section === section);
    if (statements.length === 0) {
      continue;
    }
    body.push(`  // ${section}`);
    body.push(...statements.map(renderStatement));
    body.push('');
  }
  if (body.length === 0) {
    body.push('  // The description says everything about this helpdesk.');
  }
  while (body[body.length - 1] === '') {
    body.pop();
  }

  return [
    '/**',
    ' * What helpdesk.yaml cannot say, written with the generated bindings: fields the',
    ' * description has no key for, entries whose names repeat where the description needs them',
    ' * unique, and grants that involve such entries. Resources here are created directly in the',
    ' * stack; the settings change resources the Helpdesk construct made from helpdesk.yaml.',
    ' */',
    ...(uses('Token.') ? ["import { Token } from 'cdktf';"] : []),
    "import type { Construct } from 'constructs';",
    `import { ${imports.join(', ')} } from ${literal(packageName)};`,
    '',
    '/** Adds what helpdesk.yaml cannot say to the stack that holds the helpdesk. */',
    'export function addDetails(',
    '  scope: Construct,',
    '  helpdesk: Helpdesk,',
    '  provider: mojohelpdesk.MojohelpdeskProvider,',
    '): void {',
    ...body,
    '}',
    '',
  ].join('\n');
}

/** main.ts: the app, its one stack, the helpdesk, the details and the imports. */
export function renderMain(packageName: string): string {
  return `/**
 * The helpdesk as a cdktf app: one stack, "${STACK_NAME}", holding the helpdesk described in
 * helpdesk.yaml plus what details.ts adds. The provider reads MOJO_HELPDESK_URL and
 * MOJO_HELPDESK_ACCESS_KEY from the environment; ${REQUESTS_PER_SECOND_ENV}, when set,
 * paces it (requests per second, 5 by default).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App, TerraformResource, TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import { Helpdesk, provider as mojohelpdesk } from ${literal(packageName)};
import { addDetails } from './details';

/**
 * Marks every resource listed in imports.json (construct path in the stack -> Mojo Helpdesk id)
 * to be imported, so that the first deploy adopts what exists instead of creating it. Once that
 * deploy is done the file has served its purpose: delete it.
 */
function importExisting(stack: Construct, file: string): void {
  if (!existsSync(file)) {
    return;
  }
  const importIds: Record<string, string> = JSON.parse(readFileSync(file, 'utf8'));
  const unclaimed = new Set(Object.keys(importIds));
  for (const construct of stack.node.findAll()) {
    if (!(construct instanceof TerraformResource)) {
      continue;
    }
    const path = construct.node.path.slice(stack.node.path.length + 1);
    if (importIds[path] !== undefined) {
      construct.importFrom(importIds[path]);
      unclaimed.delete(path);
    }
  }
  if (unclaimed.size > 0) {
    const sample = [...unclaimed].slice(0, 5).join(', ');
    throw new Error(
      \`imports.json names \${unclaimed.size} resource(s) the app does not make (\${sample}). \` +
        'Delete imports.json once the first deploy has imported everything.',
    );
  }
}

const app = new App();
const stack = new TerraformStack(app, ${literal(STACK_NAME)});

const requestsPerSecond = process.env.${REQUESTS_PER_SECOND_ENV};
const provider = new mojohelpdesk.MojohelpdeskProvider(stack, 'mojohelpdesk', {
  requestsPerSecond: requestsPerSecond ? Number(requestsPerSecond) : undefined,
});

const description = join(__dirname, 'helpdesk.yaml');
const helpdeskId = ${literal(HELPDESK_CONSTRUCT_ID)};
const helpdesk = Helpdesk.fromFile(stack, helpdeskId, description, { provider });
addDetails(stack, helpdesk, provider);
importExisting(stack, join(__dirname, 'imports.json'));

app.synth();
`;
}

function renderReadme(plan: AdoptionPlan, options: RenderOptions): string {
  const { summary } = plan;
  const counts = summary.resources.map(([kind, count]) => `| ${kind} | ${count} |`).join('\n');
  const owner = summary.owner
    ? `The account owner, ${summary.owner}, is imported like any user so that other entries can ` +
      'refer to it, and its resource has `prevent_destroy`: Mojo Helpdesk refuses to delete ' +
      'the owner. Keep it in helpdesk.yaml; removing it would make a deploy try to delete it.'
    : 'The helpdesk had no account owner among its users.';

  return `# Helpdesk configuration

Exported by \`mojohelpdesk export\` from ${options.url} on ${options.exportedAt.toISOString()}.

- helpdesk.yaml: the description. Ticket queues, groups, users, tags, ticket types, asset
  statuses, the three trees, the access matrix and group access; each entry refers to others
  by name.
- details.ts: what the description cannot say, written with the bindings.
- imports.json: the Mojo Helpdesk id of every resource, for the first deploy only.
- main.ts: the cdktf app.

## First deploy: adopt, change nothing

    npm install
    export MOJO_HELPDESK_URL=${options.url}
    export MOJO_HELPDESK_ACCESS_KEY=...   # never written to any file here
    npx cdktf diff      # every resource shows as imported; nothing to add, change or destroy
    npx cdktf deploy

Then delete imports.json: the state now knows every object. From here on, edit helpdesk.yaml
(or details.ts), review with \`cdktf diff\` and apply with \`cdktf deploy\`.
Set ${REQUESTS_PER_SECOND_ENV} to let the provider send more than 5 requests per second.

## Adopted resources

| kind | resources |
|---|---|
${counts}

${summary.imported} resources in all: ${summary.described} from helpdesk.yaml,
${summary.bound} from details.ts.

## Secrets

Passwords cannot be read from Mojo Helpdesk and are not exported: the ${summary.users} users
keep the passwords they have, and nothing in this directory holds a secret. To set a user's
password from configuration, add it in details.ts from a secret store or the environment, never
as a literal, for example:

    helpdesk.user('someone@example.com').password = process.env.SOMEONE_PASSWORD!;
    helpdesk.user('someone@example.com').passwordVersion = '1';

The password is sent when the user is created and whenever passwordVersion changes.

## The account owner

${owner}

## Left alone

${summary.leftAlone.map((sentence) => `- ${sentence}`).join('\n')}
`;
}

/** Every file of the generated app, by file name. */
export function renderApp(plan: AdoptionPlan, options: RenderOptions): Map<string, string> {
  const header =
    ' The helpdesk as exported by `mojohelpdesk export`. Entries refer to one another by name\n' +
    ' (users by email); details.ts adds what this file cannot say. Edit, then review with\n' +
    ' `cdktf diff` and apply with `cdktf deploy`.';
  const files = new Map<string, string>();
  files.set(APP_FILES.description, renderDescriptionYaml(plan.description, header));
  files.set(APP_FILES.details, renderDetails(plan, options.packageName));
  files.set(APP_FILES.imports, `${JSON.stringify(plan.imports, null, 2)}\n`);
  files.set(APP_FILES.main, renderMain(options.packageName));
  files.set('README.md', renderReadme(plan, options));
  files.set(
    'cdktf.json',
    `${JSON.stringify(
      {
        language: 'typescript',
        app: 'npx ts-node --transpile-only main.ts',
        projectId: randomUUID(),
        sendCrashReports: 'false',
        terraformProviders: [],
        terraformModules: [],
        context: {},
      },
      null,
      2,
    )}\n`,
  );
  files.set(
    'package.json',
    `${JSON.stringify(
      {
        name: 'helpdesk-configuration',
        private: true,
        scripts: { synth: 'cdktf synth', diff: 'cdktf diff', deploy: 'cdktf deploy' },
        dependencies: {
          cdktf: '0.21.0',
          constructs: '^10.4.2',
          [DEFAULT_PACKAGE]: `^${options.packageVersion}`,
        },
        devDependencies: {
          '@types/node': '^20',
          'cdktf-cli': '0.21.0',
          'ts-node': '^10.9.2',
          typescript: '~5.9.3',
        },
      },
      null,
      2,
    )}\n`,
  );
  files.set(
    'tsconfig.json',
    `${JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'commonjs',
          strict: true,
          esModuleInterop: true,
          skipLibCheck: true,
          types: ['node'],
        },
        include: ['*.ts'],
      },
      null,
      2,
    )}\n`,
  );
  files.set('.gitignore', 'node_modules/\ncdktf.out/\n*.tfstate*\n.terraform/\n');
  return files;
}
