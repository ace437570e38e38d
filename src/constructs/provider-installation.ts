import { join } from 'node:path';
import { TerraformStack } from 'cdktf';
import type { ISynthesisSession } from 'cdktf';
import { Construct } from 'constructs';
import { installIntoWorkingDirectory } from '../provider/install';

/** Options of a provider installation. */
export interface ProviderInstallationProps {
  /**
   * The provider executable to install.
   * @default the lib/terraform-provider-mojohelpdesk bundled with this package
   */
  readonly executable?: string;
}

/** The construct id an installation takes in its stack; one per stack is enough. */
const INSTALLATION_ID = 'MojoHelpdeskProviderInstallation';

/**
 * Installs the Mojo Helpdesk provider into the stack's synthesized working directory
 * (`cdktf.out/stacks/<stack>/`) at every synth: the executable in Terraform's unpacked plugin
 * layout under `terraform.d/plugins`, and the `.terraform.lock.hcl` that records it. `cdktf diff`
 * and `cdktf deploy` then initialise the stack without any registry, flag or CLI configuration.
 */
export class ProviderInstallation extends Construct {
  /**
   * The installation of the stack holding `scope`, created on first use.
   * @param scope any construct inside the stack
   * @param props how to install; used only when the installation is created
   */
  public static of(scope: Construct, props: ProviderInstallationProps = {}): ProviderInstallation {
    const stack = TerraformStack.of(scope);
    const existing = stack.node.tryFindChild(INSTALLATION_ID);
    return existing instanceof ProviderInstallation
      ? existing
      : new ProviderInstallation(stack, INSTALLATION_ID, props);
  }

  /** The executable installed, or undefined for the bundled one. */
  public readonly executable?: string;

  public constructor(scope: Construct, id: string, props: ProviderInstallationProps = {}) {
    super(scope, id);
    this.executable = props.executable;

    // The stack's own synthesizer writes the Terraform configuration; the installation follows
    // it into the same working directory, through the synthesizer interface cdktf offers.
    const stack = TerraformStack.of(this);
    const synthesizeStack = stack.synthesizer;
    stack.synthesizer = {
      synthesize: (session: ISynthesisSession) => {
        synthesizeStack.synthesize(session);
        const workingDirectory = join(
          session.outdir,
          session.manifest.forStack(stack).workingDirectory,
        );
        installIntoWorkingDirectory(
          workingDirectory,
          this.executable ? { executable: this.executable } : {},
        );
      },
    };
  }
}
