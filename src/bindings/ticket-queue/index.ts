// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface TicketQueueConfig extends cdktf.TerraformMetaArguments {
  /**
  * Email alias of the queue: mail sent to <alias>@<your helpdesk domain> becomes a ticket in this queue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue#email_alias TicketQueue#email_alias}
  */
  readonly emailAlias?: string;
  /**
  * Email address that mail arriving for this queue is forwarded to.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue#email_forward TicketQueue#email_forward}
  */
  readonly emailForward?: string;
  /**
  * Id of the ticket form applied to tickets created from email sent to this queue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue#email_ticket_form_id TicketQueue#email_ticket_form_id}
  */
  readonly emailTicketFormId?: number;
  /**
  * Name of the ticket queue, as agents see it.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue#name TicketQueue#name}
  */
  readonly name: string;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue mojohelpdesk_ticket_queue}
*/
export class TicketQueue extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_ticket_queue";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a TicketQueue resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the TicketQueue to import
  * @param importFromId The id of the existing TicketQueue that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the TicketQueue to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_ticket_queue", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/ticket_queue mojohelpdesk_ticket_queue} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options TicketQueueConfig
  */
  public constructor(scope: Construct, id: string, config: TicketQueueConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_ticket_queue',
      terraformGeneratorMetadata: {
        providerName: 'mojohelpdesk',
        providerVersion: '0.1.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._emailAlias = config.emailAlias;
    this._emailForward = config.emailForward;
    this._emailTicketFormId = config.emailTicketFormId;
    this._name = config.name;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // email_alias - computed: false, optional: true, required: false
  private _emailAlias?: string; 
  public get emailAlias() {
    return this.getStringAttribute('email_alias');
  }
  public set emailAlias(value: string) {
    this._emailAlias = value;
  }
  public resetEmailAlias() {
    this._emailAlias = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailAliasInput() {
    return this._emailAlias;
  }

  // email_forward - computed: false, optional: true, required: false
  private _emailForward?: string; 
  public get emailForward() {
    return this.getStringAttribute('email_forward');
  }
  public set emailForward(value: string) {
    this._emailForward = value;
  }
  public resetEmailForward() {
    this._emailForward = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailForwardInput() {
    return this._emailForward;
  }

  // email_ticket_form_id - computed: false, optional: true, required: false
  private _emailTicketFormId?: number; 
  public get emailTicketFormId() {
    return this.getNumberAttribute('email_ticket_form_id');
  }
  public set emailTicketFormId(value: number) {
    this._emailTicketFormId = value;
  }
  public resetEmailTicketFormId() {
    this._emailTicketFormId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get emailTicketFormIdInput() {
    return this._emailTicketFormId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      email_alias: cdktf.stringToTerraform(this._emailAlias),
      email_forward: cdktf.stringToTerraform(this._emailForward),
      email_ticket_form_id: cdktf.numberToTerraform(this._emailTicketFormId),
      name: cdktf.stringToTerraform(this._name),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      email_alias: {
        value: cdktf.stringToHclTerraform(this._emailAlias),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email_forward: {
        value: cdktf.stringToHclTerraform(this._emailForward),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      email_ticket_form_id: {
        value: cdktf.numberToHclTerraform(this._emailTicketFormId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      name: {
        value: cdktf.stringToHclTerraform(this._name),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
