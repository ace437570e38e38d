// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_ticket_queue_access
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface GroupTicketQueueAccessConfig extends cdktf.TerraformMetaArguments {
  /**
  * Id of the group (company).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_ticket_queue_access#group_id GroupTicketQueueAccess#group_id}
  */
  readonly groupId: number;
  /**
  * Id of the ticket queue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_ticket_queue_access#ticket_queue_id GroupTicketQueueAccess#ticket_queue_id}
  */
  readonly ticketQueueId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_ticket_queue_access mojohelpdesk_group_ticket_queue_access}
*/
export class GroupTicketQueueAccess extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_group_ticket_queue_access";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a GroupTicketQueueAccess resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the GroupTicketQueueAccess to import
  * @param importFromId The id of the existing GroupTicketQueueAccess that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_ticket_queue_access#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the GroupTicketQueueAccess to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_group_ticket_queue_access", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/group_ticket_queue_access mojohelpdesk_group_ticket_queue_access} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options GroupTicketQueueAccessConfig
  */
  public constructor(scope: Construct, id: string, config: GroupTicketQueueAccessConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_group_ticket_queue_access',
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
    this._groupId = config.groupId;
    this._ticketQueueId = config.ticketQueueId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // group_id - computed: false, optional: false, required: true
  private _groupId?: number; 
  public get groupId() {
    return this.getNumberAttribute('group_id');
  }
  public set groupId(value: number) {
    this._groupId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get groupIdInput() {
    return this._groupId;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // ticket_queue_id - computed: false, optional: false, required: true
  private _ticketQueueId?: number; 
  public get ticketQueueId() {
    return this.getNumberAttribute('ticket_queue_id');
  }
  public set ticketQueueId(value: number) {
    this._ticketQueueId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ticketQueueIdInput() {
    return this._ticketQueueId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      group_id: cdktf.numberToTerraform(this._groupId),
      ticket_queue_id: cdktf.numberToTerraform(this._ticketQueueId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      group_id: {
        value: cdktf.numberToHclTerraform(this._groupId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      ticket_queue_id: {
        value: cdktf.numberToHclTerraform(this._ticketQueueId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
