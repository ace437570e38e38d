/**
 * Diagnostics: how problems cross the plugin boundary. Resource code never throws at Terraform; it
 * adds diagnostics with a short title-case summary, a detail that names the cause and the remedy,
 * and, where one applies, the path of the attribute at fault.
 */

/** One step of an attribute path: an attribute name, a list/tuple index, or a map key. */
export type PathStep = string | number | { readonly key: string };

/** The path of an attribute inside a configuration, plan or state object. */
export type AttributePath = readonly PathStep[];

/** How serious a diagnostic is: errors stop the operation, warnings are shown and carried on. */
export type Severity = 'error' | 'warning';

/** A problem or remark reported to Terraform. */
export interface Diagnostic {
  readonly severity: Severity;
  /** A short title-case statement of what went wrong. */
  readonly summary: string;
  /** The cause, what to do about it, and whose side the fault is on. */
  readonly detail: string;
  /** The attribute at fault, when the problem belongs to one. */
  readonly path?: AttributePath;
}

/** An ordered collection of diagnostics gathered by one operation. */
export class Diagnostics {
  private readonly entries: Diagnostic[] = [];

  /** Every diagnostic added so far, in order. */
  public get all(): readonly Diagnostic[] {
    return this.entries;
  }

  /** Adds an error diagnostic. */
  public error(summary: string, detail: string, path?: AttributePath): void {
    this.entries.push({ severity: 'error', summary, detail, path });
  }

  /** Adds a warning diagnostic. */
  public warning(summary: string, detail: string, path?: AttributePath): void {
    this.entries.push({ severity: 'warning', summary, detail, path });
  }

  /** Adds every diagnostic of another collection. */
  public append(other: Diagnostics | readonly Diagnostic[]): void {
    this.entries.push(...(other instanceof Diagnostics ? other.all : other));
  }

  /** Whether any error has been added. */
  public hasErrors(): boolean {
    return this.entries.some((diagnostic) => diagnostic.severity === 'error');
  }
}

/** Renders a path the way Terraform users write it: `rule[0].name`, `labels["team"]`. */
export function formatPath(path: AttributePath): string {
  let text = '';
  for (const step of path) {
    if (typeof step === 'string') {
      text += text ? `.${step}` : step;
    } else if (typeof step === 'number') {
      text += `[${step}]`;
    } else {
      text += `[${JSON.stringify(step.key)}]`;
    }
  }
  return text;
}
