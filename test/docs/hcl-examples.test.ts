/**
 * Every HCL example of the documentation, run by real Terraform against the emulator in one
 * configuration: the provider example is the root module and each resource and data source
 * example is a module of it. Validate, apply, a plan that finds nothing to change, destroy.
 * The emulator carries the demo seed, which holds the objects the data source examples look up.
 * Before the destroy, every import id form the pages document is tried on the objects applied.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { MojoClient } from '../../src/client';
import { EXAMPLE_FILES, EXAMPLES_DIRECTORY } from '../../src/docs/generate';
import { IMPORT_FORMATS } from '../../src/docs/import-formats';
import { startEmulator } from '../../src/emulator';
import type { RunningEmulator } from '../../src/emulator';
import { Diagnostics } from '../../src/provider/framework/diagnostics';
import { RESOURCE_GONE } from '../../src/provider/framework/resource';
import { Logger } from '../../src/provider/logging';
import { mojoHelpdeskProvider } from '../../src/provider/provider';
import { createTerraformWorkspace, REQUIRED_PROVIDERS } from '../helpers/terraform';
import type { TerraformState, TerraformWorkspace } from '../helpers/terraform';

const ACCESS_KEY = 'docs-examples-key-5e0b';

/** Values for the input variables the examples declare, by variable name. */
const EXAMPLE_INPUTS: Readonly<Record<string, string>> = {
  agent_password: 'correct-horse-battery-staple',
};

/** The documented throttle, and the one the test uses: the emulator needs no throttle. */
const DOCUMENTED_RATE = 'requests_per_second = 5';
const TEST_RATE = 'requests_per_second = 1000';

let emulator: RunningEmulator;
let workspace: TerraformWorkspace;

/** One example directory per module: `<kind>_<name>` and the HCL it holds. */
function exampleModules(): { module: string; hcl: string }[] {
  const modules: { module: string; hcl: string }[] = [];
  for (const kind of ['resources', 'data-sources']) {
    const folder = join(EXAMPLES_DIRECTORY, kind);
    for (const name of readdirSync(folder).sort()) {
      const hcl = readFileSync(join(folder, name, EXAMPLE_FILES.hcl), 'utf8');
      modules.push({ module: `${kind.replace('-', '_')}_${name}`, hcl });
    }
  }
  return modules;
}

/** The module block calling one example, its declared variables set from EXAMPLE_INPUTS. */
function moduleBlock(module: string, hcl: string): string {
  const inputs = [...hcl.matchAll(/^variable "(\w+)"/gm)].map((match) => {
    const value = EXAMPLE_INPUTS[match[1]];
    if (value === undefined) {
      throw new Error(`The example ${module} declares ${match[1]}; add it to EXAMPLE_INPUTS.`);
    }
    return `  ${match[1]} = ${JSON.stringify(value)}\n`;
  });
  return `module "${module}" {\n  source = "./modules/${module}"\n${inputs.join('')}}\n`;
}

/**
 * Imports every applied object once per documented import id form, filled from its state, with
 * the resource's own import and read against the emulator. Answers one line per form that did
 * not lead back to the object's id.
 */
async function failedImportForms(state: TerraformState): Promise<string[]> {
  const client = new MojoClient({
    url: emulator.url,
    accessKey: ACCESS_KEY,
    requestsPerSecond: Infinity,
  });
  const resources = mojoHelpdeskProvider({}).resources;
  const failures: string[] = [];
  try {
    for (const resource of state.resources.filter((entry) => entry.mode === 'managed')) {
      const definition = resources.find((candidate) => candidate.typeName === resource.type);
      const attributes = resource.instances[0].attributes;
      for (const { form } of IMPORT_FORMATS[resource.type]?.forms ?? []) {
        const importId = form.replace(/<(\w+)>/g, (_, name: string) => String(attributes[name]));
        const diagnostics = new Diagnostics();
        const context = {
          client,
          diagnostics,
          log: new Logger('off', () => undefined),
          stopSignal: new AbortController().signal,
        };

        const imported = await definition?.importState?.(importId, context);
        const read = imported ? await definition?.read(imported, context) : undefined;
        const readId = read && read !== RESOURCE_GONE ? read.id : undefined;
        if (readId !== attributes.id) {
          const problems = diagnostics.all.map((diagnostic) => diagnostic.detail).join(' ');
          failures.push(`${resource.type}.${resource.name} "${importId}": ${problems}`);
        }
      }
    }
  } finally {
    await client.close();
  }
  return failures;
}

beforeAll(async () => {
  emulator = await startEmulator({ accessKey: ACCESS_KEY, port: 0, seed: 'demo' });
  workspace = createTerraformWorkspace({
    env: { MOJO_HELPDESK_URL: emulator.url, MOJO_HELPDESK_ACCESS_KEY: ACCESS_KEY },
  });
});

afterAll(async () => {
  workspace?.remove();
  await emulator?.close();
});

test('every HCL example validates, applies, plans no change and destroys', async () => {
  // GIVEN the provider example as the root module, every other example as a module of it
  const providerHcl = readFileSync(join(EXAMPLES_DIRECTORY, 'provider', EXAMPLE_FILES.hcl), 'utf8');
  expect(providerHcl).toContain(DOCUMENTED_RATE);
  const blocks = [providerHcl.replace(DOCUMENTED_RATE, TEST_RATE)];
  for (const { module, hcl } of exampleModules()) {
    const directory = join(workspace.directory, 'modules', module);
    mkdirSync(directory, { recursive: true });
    writeFileSync(join(directory, 'main.tf'), hcl);
    writeFileSync(join(directory, 'versions.tf'), REQUIRED_PROVIDERS);
    blocks.push(moduleBlock(module, hcl));
  }
  workspace.writeConfig(blocks.join('\n'));
  await workspace.runOk(['init', '-no-color']);

  // WHEN the configuration is validated and applied
  await workspace.runOk(['validate', '-no-color']);
  await workspace.runOk(['apply', '-auto-approve', '-no-color']);

  // THEN a second plan finds nothing to change
  const plan = await workspace.run(['plan', '-detailed-exitcode', '-no-color']);
  expect({ code: plan.code, stderr: plan.stderr }).toEqual({ code: 0, stderr: '' });
  const managed = workspace.state()?.resources.filter((resource) => resource.mode === 'managed');
  expect(managed?.length).toBeGreaterThan(30);

  // AND every documented import id form leads back to the object it names
  expect(await failedImportForms(workspace.state()!)).toEqual([]);

  // AND destroy removes every object the examples created
  await workspace.runOk(['destroy', '-auto-approve', '-no-color']);
  const left = workspace.state()?.resources.filter((resource) => resource.mode === 'managed');
  expect(left).toEqual([]);
});
