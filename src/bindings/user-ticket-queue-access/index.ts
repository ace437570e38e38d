// https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_ticket_queue_access
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface UserTicketQueueAccessConfig extends cdktf.TerraformMetaArguments {
  /**
  * Id of the ticket queue.
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_ticket_queue_access#ticket_queue_id UserTicketQueueAccess#ticket_queue_id}
  */
  readonly ticketQueueId: number;
  /**
  * Id of the agent (a user with role_id 15 or above).
  *
  * Docs at Terraform Registry: {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_ticket_queue_access#user_id UserTicketQueueAccess#user_id}
  */
  readonly userId: number;
}

/**
* Represents a {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_ticket_queue_access mojohelpdesk_user_ticket_queue_access}
*/
export class UserTicketQueueAccess extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "mojohelpdesk_user_ticket_queue_access";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a UserTicketQueueAccess resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the UserTicketQueueAccess to import
  * @param importFromId The id of the existing UserTicketQueueAccess that should be imported. Refer to the {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_ticket_queue_access#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the UserTicketQueueAccess to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "mojohelpdesk_user_ticket_queue_access", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.terraform.io/providers/mojohelpdesk-iac/mojohelpdesk/0.1.0/docs/resources/user_ticket_queue_access mojohelpdesk_user_ticket_queue_access} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options UserTicketQueueAccessConfig
  */
  public constructor(scope: Construct, id: string, config: UserTicketQueueAccessConfig) {
    super(scope, id, {
      terraformResourceType: 'mojohelpdesk_user_ticket_queue_access',
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
    this._ticketQueueId = config.ticketQueueId;
    this._userId = config.userId;
  }

  // ==========
  // ATTRIBUTES
  // ==========

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

  // user_id - computed: false, optional: false, required: true
  private _userId?: number; 
  public get userId() {
    return this.getNumberAttribute('user_id');
  }
  public set userId(value: number) {
    this._userId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get userIdInput() {
    return this._userId;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      ticket_queue_id: cdktf.numberToTerraform(this._ticketQueueId),
      user_id: cdktf.numberToTerraform(this._userId),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      ticket_queue_id: {
        value: cdktf.numberToHclTerraform(this._ticketQueueId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      user_id: {
        value: cdktf.numberToHclTerraform(this._userId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
